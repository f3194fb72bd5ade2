package dev.deliverysim.report;

import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.util.List;

/**
 * The {@code report.html} of an optimisation: the answer in a sentence, how it was found, the
 * frontier chart, every setting run, the scenario's assumptions and the manifest.
 *
 * @param rows every setting run, as in {@code optimize.csv}, lever values first
 */
public record OptimizeReport(String title, String answer, String method, List<String> headers,
    List<List<String>> rows, List<Assumptions.Assumption> assumptions) {

  /** {@code optimize.csv}: the headers, then one line per setting, cells as given. */
  public static void writeCsv(ResultsWriter out, String file, List<String> headers, List<List<String>> rows)
      throws IOException {
    out.text(file, w -> {
      w.write(String.join(",", headers.stream().map(Csv::field).toList()));
      w.write('\n');
      for (List<String> row : rows) {
        w.write(String.join(",", row.stream().map(Csv::field).toList()));
        w.write('\n');
      }
    });
  }

  /** A number in a CSV cell: full precision, empty when unmeasured. */
  public static String csvNumber(double x) {
    return Numbers.csv(x);
  }

  /** A number for people: four significant digits, "–" when unmeasured. */
  public static String number(double x) {
    return ReportTables.number(x);
  }

  public void write(ResultsWriter dir, List<FlowCharts.Drawn> charts, Manifest manifest) throws IOException {
    HtmlReport html = new HtmlReport(title);
    html.lead(answer);
    html.muted("How: " + method + ". Every setting runs the same replications on the same seed (common"
        + " random numbers).");
    ReportTables.charts(html, charts);
    html.heading("Every setting run");
    html.table(headers, rows);
    html.muted("Every setting is also in optimize.csv.");
    ReportTables.finish(html, "Assumptions: every value the scenario sets", assumptions, manifest, dir);
  }
}
