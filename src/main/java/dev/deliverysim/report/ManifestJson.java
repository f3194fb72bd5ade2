package dev.deliverysim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code manifest.json}: what ran, and every file the results folder holds with its size and
 * SHA-256. Only {@link ResultsWriter} writes it, last, so its presence marks a folder complete.
 */
public final class ManifestJson {
  private ManifestJson() {}

  /** The manifest without its file list, as a report shows it (the report is one of the files). */
  public static void write(Manifest m, Writer out) throws IOException {
    write(m, null, out);
  }

  static void write(Manifest m, List<ResultsWriter.WrittenFile> files, Writer out) throws IOException {
    ObjectNode root = SummaryJson.JSON.createObjectNode();
    root.put("tool", "deliverysim");
    root.put("tool_version", m.toolVersion());
    root.put("scenario_file", m.scenarioFile());
    root.put("scenario_sha256", m.sources().isEmpty() ? "" : m.sources().get(0).sha256());
    ArrayNode sources = root.putArray("sources");
    for (Manifest.Source s : m.sources()) {
      sources.addObject().put("file", s.file()).put("sha256", s.sha256());
    }
    ArrayNode overrides = root.putArray("overrides");
    m.overrides().forEach(overrides::add);
    root.put("seed", m.seed());
    root.put("replications", m.replications());
    root.put("threads", m.threads());
    ArrayNode command = root.putArray("command_line");
    m.commandLine().forEach(command::add);
    root.put("started_at", m.startedAt());
    root.put("wall_seconds", m.wallSeconds());
    root.put("java_version", m.javaVersion());
    root.put("complete", true);
    if (files != null) {
      ArrayNode list = root.putArray("files");
      for (ResultsWriter.WrittenFile f : files) {
        list.addObject().put("name", f.name()).put("bytes", f.bytes()).put("sha256", f.sha256());
      }
    }
    SummaryJson.JSON.writeValue(NonClosing.of(out), root);
    out.write('\n');
  }
}
