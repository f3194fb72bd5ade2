package dev.deliverysim.report;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A self-contained {@code report.html}: text, tables and charts, the charts inlined as PNG data
 * URIs, so the file can be mailed or projected with no network and nothing beside it. Large type
 * for a projector, a print style that keeps each chart on one page. A few lines of script only
 * report, on the page itself, whether every image decoded (browsers' tests read it).
 */
public final class HtmlReport {
  public static final String FILE = "report.html";

  private static final String STYLE = """
      body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
             max-width: 1000px; margin: 2em auto; padding: 0 1em; font-size: 18px;
             line-height: 1.45; color: #1a1a1a; }
      h1 { font-size: 1.8em; margin-bottom: 0.2em; }
      h2 { font-size: 1.3em; margin-top: 1.8em; border-bottom: 2px solid #0072B2; }
      p.lead { font-size: 1.25em; background: #f3f8fc; border-left: 6px solid #0072B2;
               padding: 0.6em 0.9em; }
      table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.85em; }
      th, td { padding: 0.25em 0.7em; border-bottom: 1px solid #ddd; text-align: left;
               vertical-align: top; overflow-wrap: break-word; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      th { background: #f4f4f4; }
      figure { margin: 1.2em 0; page-break-inside: avoid; break-inside: avoid; }
      figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { font-size: 0.85em; color: #444; }
      pre { background: #f6f6f6; padding: 0.6em; white-space: pre-wrap; overflow-wrap: anywhere;
            font-size: 0.8em; }
      .muted { color: #666; font-size: 0.85em; }
      @media print { body { font-size: 12pt; max-width: none; } h2 { page-break-after: avoid; } }
      """;

  private static final String IMAGE_CHECK = """
      window.addEventListener('load', function () {
        var images = document.images, ok = 0;
        for (var i = 0; i < images.length; i++) {
          if (images[i].complete && images[i].naturalWidth > 0) { ok++; }
        }
        document.body.setAttribute('data-images-loaded', ok + '/' + images.length);
      });
      """;

  private final StringBuilder body = new StringBuilder();
  private final String title;

  public HtmlReport(String title) {
    this.title = title;
    body.append("<h1>").append(escape(title)).append("</h1>\n");
  }

  public static String escape(String text) {
    return StringEscapeUtils.escapeXml10(text); // the page is UTF-8: only markup needs escaping
  }

  public HtmlReport heading(String text) {
    body.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  public HtmlReport paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /** The one sentence the reader should take away, set apart. */
  public HtmlReport lead(String text) {
    body.append("<p class=\"lead\">").append(escape(text)).append("</p>\n");
    return this;
  }

  public HtmlReport muted(String text) {
    body.append("<p class=\"muted\">").append(escape(text)).append("</p>\n");
    return this;
  }

  public HtmlReport preformatted(String text) {
    body.append("<pre>").append(escape(text)).append("</pre>\n");
    return this;
  }

  /** A table; a cell that parses as a number is right-aligned. */
  public HtmlReport table(List<String> headers, List<List<String>> rows) {
    body.append("<table>\n<tr>");
    headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        body.append(numeric(cell) ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /** A chart from its PNG file, inlined, with a caption. */
  public HtmlReport figure(byte[] png, String alt, String caption) {
    String data = Base64.getEncoder().encodeToString(png);
    body.append("<figure><img alt=\"").append(escape(alt)).append("\" src=\"data:image/png;base64,")
        .append(data).append("\">\n<figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
    return this;
  }

  public String html() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n"
        + "<script>\n" + IMAGE_CHECK + "</script>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
  }

  /** Writes {@code report.html} through {@code out}. */
  public void write(ResultsWriter out) throws IOException {
    out.text(FILE, w -> w.write(html()));
  }

  private static boolean numeric(String cell) {
    return !cell.isEmpty() && cell.matches("[-+]?[0-9.,]+%?( \\S+)?|\\[.*\\]|inf");
  }
}
