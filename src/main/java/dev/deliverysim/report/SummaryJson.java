package dev.deliverysim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.model.StationLoad;
import java.io.IOException;
import java.io.Writer;

/** {@code summary.json}: the run's identity, its stability verdict and every metric's summary. */
public final class SummaryJson {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  public static void write(RunRecord run, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("scenario", run.scenarioName());
    root.put("description", run.description());
    root.put("seed", run.seed());
    root.put("replications", run.summary().replications());
    root.put("first_replication", run.firstReplication());
    root.put("events", run.summary().events());
    root.put("time_unit", run.unit().symbol());
    root.set("stability", stability(run));
    ArrayNode metrics = root.putArray("metrics");
    for (MetricSummary m : run.summary().metrics()) {
      ObjectNode node = metrics.addObject();
      node.put("metric", m.key().name());
      node.put("station", m.key().station());
      node.put("class", m.key().jobClass());
      node.put("unit", m.key().unit());
      node.put("n", m.n());
      number(node, "mean", m.mean());
      number(node, "sd", m.sd());
      number(node, "ci95_low", m.ci95Low());
      number(node, "ci95_high", m.ci95High());
      number(node, "p50", m.p50());
      number(node, "p85", m.p85());
      number(node, "p95", m.p95());
    }
    JSON.writeValue(NonClosing.of(out), root);
    out.write('\n');
  }

  private static ObjectNode stability(RunRecord run) {
    ObjectNode node = JSON.createObjectNode();
    if (run.steadyState() == null) {
      node.putNull("steady_state"); // not analysed: no traffic equations for this kind of model
    } else {
      node.put("steady_state", run.steadyState());
    }
    if (run.unsettled() != null) {
      node.put("unsettled", run.unsettled());
    }
    ArrayNode stations = node.putArray("stations");
    for (StationLoad load : run.loads()) {
      ObjectNode s = stations.addObject();
      s.put("station", load.station());
      number(s, "arrival_rate", load.arrivalRate() * run.unit().hours());
      number(s, "offered_load", load.offeredLoad());
      s.put("saturated", load.saturated());
    }
    return node;
  }

  /** JSON has no NaN: a metric that could not be measured is null. */
  static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
