package dev.deliverysim.cli;

import dev.deliverysim.model.MetricNames;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.StationLoad;
import dev.deliverysim.report.MetricWords;
import dev.deliverysim.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The short table {@code run} prints: the network's headline numbers, then one line per station. */
final class SummaryTable {
  private static final List<String> HEADLINE =
      List.of(MetricNames.THROUGHPUT, MetricNames.SOJOURN_MEAN, MetricNames.SOJOURN_P85, MetricNames.WIP_MEAN, MetricNames.LOSS_PROBABILITY);
  private static final Set<String> STATION_COLUMNS =
      Set.of(MetricNames.UTILISATION, MetricNames.BUSY_SERVERS_MEAN, MetricNames.QUEUE_LENGTH_MEAN, MetricNames.WAIT_MEAN, MetricNames.TIME_IN_STATION_MEAN);

  private final PrintWriter out;

  SummaryTable(PrintWriter out) {
    this.out = out;
  }

  void print(Scenario scenario, Summary summary, double wallSeconds) {
    out.printf(Locale.ROOT, "%s: %d replications, seed %d, %,d events in %.2f s%n",
        scenario.name(), summary.replications(), scenario.seed(), summary.events(), wallSeconds);
    if (!scenario.steadyState()) {
      for (StationLoad load : scenario.loads()) {
        if (load.saturated()) {
          out.printf(Locale.ROOT, "UNSTABLE: %s offered load %.3f ≥ 1 — numbers describe the horizon only, "
              + "not a steady state%n", load.station(), load.offeredLoad());
        }
      }
    }
    headline(out, "network", HEADLINE.stream().flatMap(name -> summary.metrics().stream()
        .filter(m -> m.key().name().equals(name) && m.key().station().isEmpty() && m.key().jobClass().isEmpty())
        .filter(m -> m.n() > 0)
        .filter(m -> !m.key().name().equals(MetricNames.LOSS_PROBABILITY) || m.mean() > 0)).toList());
    String unit = scenario.outputUnit().symbol();
    out.printf(Locale.ROOT, "%n  %-14s %11s %12s %11s %11s%n", "station", "utilisation", "queue (jobs)",
        "wait (" + unit + ")", "in stn (" + unit + ")");
    for (StationLoad load : scenario.loads()) {
      out.printf(Locale.ROOT, "  %-14s %11s %12s %11s %11s%n", truncate(load.station()),
          cell(summary, load.station(), MetricNames.UTILISATION, MetricNames.BUSY_SERVERS_MEAN),
          cell(summary, load.station(), MetricNames.QUEUE_LENGTH_MEAN, null),
          cell(summary, load.station(), MetricNames.WAIT_MEAN, null),
          cell(summary, load.station(), MetricNames.TIME_IN_STATION_MEAN, null));
    }
    out.println();
  }

  /** Headline metrics by label and unit ("time in system, mean (weeks)"): mean and 95% interval. */
  static void headline(PrintWriter out, String title, List<MetricSummary> metrics) {
    int width = Math.max(22, metrics.stream().mapToInt(m -> MetricWords.label(m.key()).length()).max().orElse(0));
    out.printf(Locale.ROOT, "%n  %-" + width + "s %10s   %s%n", title, "mean", "95% CI");
    for (MetricSummary m : metrics) {
      out.printf(Locale.ROOT, "  %-" + width + "s %10s   [%s, %s]%n", MetricWords.label(m.key()),
          MetricWords.cell(m.mean(), m.key()), MetricWords.cell(m.ci95Low(), m.key()),
          MetricWords.cell(m.ci95High(), m.key()));
    }
  }

  private static String cell(Summary summary, String station, String metric, String fallback) {
    for (MetricSummary m : summary.metrics()) {
      MetricKey k = m.key();
      if (k.station().equals(station) && (k.name().equals(metric) || k.name().equals(fallback))
          && STATION_COLUMNS.contains(k.name())) {
        return MetricWords.cell(m.mean(), k);
      }
    }
    return "-";
  }

  private static String truncate(String s) {
    return s.length() <= 14 ? s : s.substring(0, 13) + "…";
  }

  /** Three significant digits, 0 for rounding residue, "–" when not measured. */
  static String num(double x) {
    return MetricWords.number(x);
  }
}
