package dev.deliverysim.report;

import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.scenario.Assumptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code report.html} of a whole sweep: where the constraint sits at each point and how it
 * moves, in a sentence and a table (the rows of {@code bottleneck.csv} marked true), the charts, the base
 * scenario's assumptions, and the manifest. Every metric at every point is in {@code sweep.csv}.
 */
public final class SweepReport {
  private SweepReport() {}

  /** The report of the sweep over {@code paths}, from each point's bottleneck in memory. */
  public static void write(ResultsWriter out, String scenario, List<String> paths, List<PointBottleneck> points,
      List<FlowCharts.Drawn> charts, List<Assumptions.Assumption> assumptions, Manifest manifest) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (PointBottleneck point : points) {
      Bottleneck b = point.bottleneck();
      if (b.bottleneck().isEmpty() && !b.levels().isEmpty()) { // a line fed without limit, none clearly the least
        List<String> row = new ArrayList<>(point.values());
        row.addAll(List.of("none", "no " + b.metric() + " clearly the least", "–"));
        rows.add(row);
      }
      for (Bottleneck.Level level : b.levels()) {
        if (level.station().equals(b.bottleneck())) {
          List<String> row = new ArrayList<>(point.values());
          row.add(level.station());
          row.add(b.metric() + " " + ReportTables.number(level.mean()));
          row.add(Double.isNaN(level.share()) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * level.share()));
          row.add(throughput(point.throughput()));
          rows.add(row);
        }
      }
    }
    HtmlReport html = new HtmlReport(scenario + ": sweep of " + String.join(", ", paths));
    html.muted(manifest.replications() + " replications at each of " + rows.size() + " points, seed "
        + manifest.seed() + ", the same at every point (common random numbers).");
    html.lead(movement(paths, rows) + throughputRange(points));
    if (charts.isEmpty() && paths.size() > 2) {
      html.muted("A grid of " + paths.size() + " parameters has no chart (one parameter has lines or bars, two"
          + " have heatmaps); the table below and sweep.csv hold every point.");
    }
    ReportTables.charts(html, charts);
    html.heading("The bottleneck at each point");
    List<String> headers = new ArrayList<>(paths);
    headers.addAll(List.of("bottleneck", "level (mean)", "share of replications",
        points.isEmpty() ? "throughput" : "throughput: " + SweepThroughput.title(points) + " (95% CI)"));
    html.table(headers, rows);
    html.muted("For a network the level is utilisation; for a delivery organisation, how often the"
        + " stage had the longest queue. Every metric at every point is in sweep.csv; every station"
        + " at every point in bottleneck.csv.");
    ReportTables.finish(html, "Assumptions of the scenario swept: every value it sets", assumptions,
        manifest, out);
  }

  /** "12.3 (11.9 … 12.7)", or "–" when not measured. */
  private static String throughput(PointBottleneck.Throughput t) {
    if (!Double.isFinite(t.mean())) {
      return "–";
    }
    String mean = ReportTables.number(t.mean());
    return Double.isFinite(t.low()) ? mean + " (" + ReportTables.number(t.low()) + " … "
        + ReportTables.number(t.high()) + ")" : mean;
  }

  /** " Throughput ranges from 3.1 (at 1) to 4.2 (at 4).", or nothing without throughput. */
  private static String throughputRange(List<PointBottleneck> points) {
    if (!SweepThroughput.measured(points)) {
      return "";
    }
    PointBottleneck low = points.get(0);
    PointBottleneck high = points.get(0);
    for (PointBottleneck p : points) {
      low = p.throughput().mean() < low.throughput().mean() ? p : low;
      high = p.throughput().mean() > high.throughput().mean() ? p : high;
    }
    return " Throughput (" + SweepThroughput.title(points) + ") ranges from "
        + ReportTables.number(low.throughput().mean()) + " (at " + String.join(", ", low.values()) + ") to "
        + ReportTables.number(high.throughput().mean()) + " (at " + String.join(", ", high.values()) + ").";
  }

  /** "As X goes from a to b, the bottleneck moves from dev (at 1) to qa (from 3)." */
  private static String movement(List<String> paths, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return "No point had a bottleneck: nothing waited anywhere.";
    }
    int p = paths.size();
    List<String> steps = new ArrayList<>();
    String current = null;
    for (List<String> row : rows) {
      String station = row.get(p);
      if (!station.equals(current)) {
        steps.add(station + " (from " + String.join(", ", row.subList(0, p)) + ")");
        current = station;
      }
    }
    if (steps.size() == 1) {
      return "Across the whole sweep the bottleneck stays at " + current + ".";
    }
    return "Across the sweep of " + String.join(", ", paths) + ", the bottleneck moves: "
        + String.join(" → ", steps) + ".";
  }
}
