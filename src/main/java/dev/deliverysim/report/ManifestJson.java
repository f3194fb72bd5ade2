package dev.deliverysim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** {@code manifest.json}: written last, so its presence marks a results folder as complete. */
public final class ManifestJson {
  private ManifestJson() {}

  public static void write(Manifest m, Writer out) throws IOException {
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
    SummaryJson.JSON.writeValue(NonClosing.of(out), root);
    out.write('\n');
  }
}
