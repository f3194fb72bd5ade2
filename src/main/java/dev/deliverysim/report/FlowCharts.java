package dev.deliverysim.report;

import dev.deliverysim.experiment.TimelineSummary;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Timeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.descriptive.Quantile;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A run's charts over time, from its averaged timelines: the cumulative flow diagram, the queues
 * per stage, throughput per period, and the distribution of time in the system (histogram, and a
 * scatter of one replication's completions with its 50th, 85th and 95th percentiles) — or, for
 * work taken from a backlog, whose time in the system is only the clock, of its cycle time (work
 * started → done). A delivery run adds the age of its work in progress and the time in each state
 * ({@link WipCharts}). Stages keep their colour ({@link StageColours}).
 */
public final class FlowCharts {
  private static final BasicStroke THIN_DASH = ChartFiles.dashed(1.5f);
  private static final double[] PERCENTILES = {0.50, 0.85, 0.95};

  /** A chart written: its PNG bytes (for the report to inline, not to read back), and what it shows in a sentence. */
  public record Drawn(byte[] png, String title, String caption) {}

  private FlowCharts() {}

  /**
   * Writes the charts through {@code dir}; {@code warmup} is in the output unit (0 for none) and is
   * marked, since the averages in the tables leave it out. {@code stages} colours the stages;
   * {@code cycleTimeP85} (the run's, in the output unit; NaN if none) marks the aging chart.
   */
  public static List<Drawn> write(ResultsWriter dir, String scenario, TimelineSummary t, double warmup,
      StageColours stages, double cycleTimeP85) throws IOException {
    List<Drawn> drawn = new ArrayList<>();
    drawn.add(cumulativeFlow(dir, scenario, t, warmup, stages));
    drawn.add(queues(dir, scenario, t, warmup, stages));
    drawn.add(throughput(dir, scenario, t, warmup));
    if (t.finished().length > 0) {
      drawn.add(histogram(dir, scenario, t));
      drawn.add(scatter(dir, scenario, t, warmup));
    }
    if (t.item().equals("PR")) { // a delivery organisation: its PRs are aged and timed by stage
      drawn.addAll(WipCharts.write(dir, scenario, t, warmup, stages, cycleTimeP85));
    }
    return drawn;
  }

  /** "lead time" for features, "time in system" for jobs of a network; "cycle time" for features from a backlog. */
  static String timeName(TimelineSummary t) {
    if (t.backlog()) {
      return "cycle time";
    }
    return t.completion().equals("feature") ? "lead time" : "time in system";
  }

  /** Which column of {@link TimelineSummary#finished} the time charts read: the cycle time for a backlog. */
  static int timeColumn(TimelineSummary t) {
    return t.backlog() ? 3 : 2;
  }

  /** The base name of the time charts' files: {@code lead-time}, or {@code cycle-time} for a backlog. */
  static String timeFile(TimelineSummary t) {
    return t.backlog() ? "cycle-time" : "lead-time";
  }

  /** What the time measures, in a sentence's words. */
  private static String timeMeaning(TimelineSummary t) {
    if (t.backlog()) {
      return " Cycle time runs from the first of a feature's tasks taken up to its last deployed: every"
          + " feature of a backlog is requested at time 0, so its lead time would only be the clock.";
    }
    return "";
  }

  private static XYChart chart(String title, String x, String y) {
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(title).xAxisTitle(x).yAxisTitle(y).build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setMarkerSize(0);
    return chart;
  }

  private static void markWarmup(XYChart chart, double warmup) {
    if (warmup > 0) {
      AnnotationLine line = new AnnotationLine(warmup, true, false);
      chart.addAnnotation(line);
      chart.getStyler().setAnnotationLineColor(Color.GRAY);
      chart.getStyler().setAnnotationLineStroke(THIN_DASH);
    }
  }

  private static String timeAxis(TimelineSummary t, double warmup) {
    return "time (" + OutputUnit.plural(t.unit()) + ")" + (warmup > 0 ? "; dashed line: end of warm-up" : "");
  }

  /**
   * Bands stacked from the bottom: done, then each stage (waiting and in progress together) in
   * reverse flow order, so the top edge is everything that arrived. XChart fills an area down to
   * the axis, so the tallest band is drawn first and each lower one over it.
   */
  private static Drawn cumulativeFlow(ResultsWriter dir, String scenario, TimelineSummary t, double warmup,
      StageColours colours) throws IOException {
    Map<String, double[]> byStage = new LinkedHashMap<>();
    for (int s = 0; s < t.states().size(); s++) {
      double[] band = byStage.computeIfAbsent(t.states().get(s).stage(), k -> new double[t.times().length]);
      for (int i = 0; i < band.length; i++) {
        band[i] += t.inState()[s][i];
      }
    }
    byStage.values().removeIf(band -> Arrays.stream(band).allMatch(v -> v == 0));
    List<String> stages = new ArrayList<>(byStage.keySet());
    XYChart chart = chart(scenario + ": cumulative flow of " + t.item() + "s",
        timeAxis(t, warmup), t.item() + "s (mean of " + t.replications() + " replications)");
    double[] top = t.done().clone();
    List<double[]> tops = new ArrayList<>();
    for (int s = stages.size() - 1; s >= 0; s--) {
      double[] band = byStage.get(stages.get(s));
      for (int i = 0; i < top.length; i++) {
        top[i] += band[i];
      }
      tops.add(0, top.clone());
    }
    for (int s = 0; s < stages.size(); s++) {
      ChartFiles.area(chart, stages.get(s), t.times(), tops.get(s), colours.of(stages.get(s)));
    }
    ChartFiles.area(chart, StageColours.DONE, t.times(), t.done(), colours.of(StageColours.DONE));
    markWarmup(chart, warmup);
    byte[] png = ChartFiles.write(dir, "flow", chart);
    return new Drawn(png, "Cumulative flow",
        "Each band's height is the mean number of " + t.item() + "s in that stage; the top edge is"
            + " everything that arrived, the bottom band everything done. A band that keeps widening"
            + " is where work piles up.");
  }

  private static Drawn queues(ResultsWriter dir, String scenario, TimelineSummary t, double warmup,
      StageColours colours) throws IOException {
    XYChart chart = chart(scenario + ": work waiting at each stage, and work in progress",
        timeAxis(t, warmup), t.item() + "s (mean of " + t.replications() + " replications)");
    for (int s = 0; s < t.states().size(); s++) {
      Timeline.State state = t.states().get(s);
      if (state.waiting() && Arrays.stream(t.inState()[s]).anyMatch(v -> v > 0)) {
        XYSeries series = chart.addSeries(state.name(), t.times(), t.inState()[s]);
        series.setLineColor(colours.of(state.stage()));
        series.setLineStyle(new BasicStroke(2f));
        series.setMarker(SeriesMarkers.NONE);
      }
    }
    double[] wip = new double[t.times().length];
    for (int i = 0; i < wip.length; i++) {
      wip[i] = t.arrived()[i] - t.done()[i];
    }
    XYSeries total = chart.addSeries("work in progress (all)", t.times(), wip);
    total.setLineColor(Color.BLACK);
    total.setLineStyle(THIN_DASH);
    total.setMarker(SeriesMarkers.NONE);
    chart.getStyler().setYAxisMin(0.0);
    markWarmup(chart, warmup);
    byte[] png = ChartFiles.write(dir, "queues", chart);
    return new Drawn(png, "Queues and work in progress",
        "How many " + t.item() + "s wait for each stage, and all work in progress (dashed). The"
            + " bottleneck is where the queue is longest and keeps growing.");
  }

  private static Drawn throughput(ResultsWriter dir, String scenario, TimelineSummary t, double warmup)
      throws IOException {
    String per = OutputUnit.word(t.unit());
    boolean twoKinds = !t.item().equals(t.completion());
    XYChart chart = chart(scenario + ": throughput per " + per + " over time", timeAxis(t, warmup),
        (twoKinds ? t.completion() + "s or " + t.item() + "s" : t.completion() + "s") + " per " + per);
    XYSeries mean = chart.addSeries(twoKinds ? t.completion() + "s (mean)" : "mean", t.times(), t.throughput());
    mean.setLineColor(Color.BLACK); // not a stage: black and greys, so that a hue always means a stage
    mean.setLineStyle(new BasicStroke(2.5f));
    mean.setMarker(SeriesMarkers.NONE);
    for (double[] y : List.of(t.throughputP10(), t.throughputP90())) {
      XYSeries band = chart.addSeries(y == t.throughputP10() ? "10th and 90th percentiles" : "90th percentile",
          t.times(), y);
      band.setLineColor(ChartFiles.MID_GREY);
      band.setLineStyle(THIN_DASH);
      band.setMarker(SeriesMarkers.NONE);
      band.setShowInLegend(y == t.throughputP10());
    }
    if (twoKinds) { // tasks move more smoothly than features: a ramp's dip shows there first
      XYSeries items = chart.addSeries(t.item() + "s done (mean)", t.times(), t.itemThroughput());
      items.setLineColor(ChartFiles.DARK_GREY);
      items.setLineStyle(new BasicStroke(2f));
      items.setMarker(SeriesMarkers.NONE);
    }
    chart.getStyler().setYAxisMin(0.0);
    markWarmup(chart, warmup);
    byte[] png = ChartFiles.write(dir, "throughput", chart);
    return new Drawn(png, "Throughput over time",
        t.completion().substring(0, 1).toUpperCase() + t.completion().substring(1) + "s completed per "
            + per + " in each period, averaged over " + t.replications() + " replications, with the"
            + " range of the middle 80% of them" + (twoKinds ? ", and " + t.item() + "s done" : "")
            + ". A start-up, or an adoption ramp's learning dip, shows as an early dip.");
  }

  private static Drawn histogram(ResultsWriter dir, String scenario, TimelineSummary t) throws IOException {
    int column = timeColumn(t);
    double[] times = Arrays.stream(t.finished()).mapToDouble(r -> r[column]).sorted().toArray();
    double max = times[times.length - 1];
    double[] q = Quantile.withDefaults().evaluate(times.clone(), PERCENTILES); // may reorder its input
    int bins = 40;
    double width = max > 0 ? max / bins : 1;
    double[] x = new double[2 * bins];
    double[] y = new double[2 * bins];
    int[] counts = new int[bins];
    for (double v : times) {
      counts[Math.min(bins - 1, (int) (v / width))]++;
    }
    for (int b = 0; b < bins; b++) { // a step outline: flat across each bin
      x[2 * b] = b * width;
      x[2 * b + 1] = (b + 1) * width;
      y[2 * b] = y[2 * b + 1] = counts[b] / (double) times.length;
    }
    String unit = OutputUnit.plural(t.unit());
    XYChart chart = chart(scenario + ": distribution of " + timeName(t),
        timeName(t) + " (" + unit + ")", "share of " + t.completion() + "s");
    XYSeries bars = chart.addSeries(t.completion() + "s", x, y);
    bars.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
    bars.setFillColor(ChartFiles.LIGHT_GREY);
    bars.setLineColor(ChartFiles.DARK_GREY);
    bars.setMarker(SeriesMarkers.NONE);
    double top = Arrays.stream(y).max().orElse(1);
    for (int i = 0; i < q.length; i++) {
      XYSeries line = chart.addSeries(label(PERCENTILES[i], q[i], t.unit()), new double[] {q[i], q[i]},
          new double[] {0, top});
      line.setLineColor(ChartFiles.PERCENTILE_COLOURS[i]);
      line.setLineStyle(THIN_DASH);
      line.setMarker(SeriesMarkers.NONE);
    }
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setYAxisDecimalPattern("0.##"); // XChart's default writes 0.08 as ".08"
    byte[] png = ChartFiles.write(dir, timeFile(t), chart);
    return new Drawn(png, "Distribution of " + timeName(t),
        "All " + t.completion() + "s sampled from " + t.replications() + " replications"
            + ", warm-up included. Dashed lines: the 50th, 85th and 95th percentiles — \"85% are done"
            + " within …\" is the forecast to give." + timeMeaning(t));
  }

  private static Drawn scatter(ResultsWriter dir, String scenario, TimelineSummary t, double warmup)
      throws IOException {
    int replication = (int) t.finished()[0][0];
    double[][] rows = t.finishedIn(replication);
    double[] x = Arrays.stream(rows).mapToDouble(r -> r[1]).toArray();
    int column = timeColumn(t);
    double[] y = Arrays.stream(rows).mapToDouble(r -> r[column]).toArray();
    double[] q = Quantile.withDefaults().evaluate(y.clone(), PERCENTILES);
    String unit = OutputUnit.plural(t.unit());
    XYChart chart = chart(scenario + ": " + timeName(t) + " of each " + t.completion()
            + " (replication " + replication + ")",
        "completed at (" + unit + ")" + (warmup > 0 ? "; dashed line: end of warm-up" : ""),
        timeName(t) + " (" + unit + ")");
    XYSeries points = chart.addSeries(t.completion() + "s", x, y);
    points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    points.setMarkerColor(ChartFiles.DARK_GREY);
    chart.getStyler().setMarkerSize(5);
    double end = t.times()[t.times().length - 1];
    for (int i = 0; i < q.length; i++) {
      XYSeries line = chart.addSeries(label(PERCENTILES[i], q[i], t.unit()), new double[] {0, end},
          new double[] {q[i], q[i]});
      line.setLineColor(ChartFiles.PERCENTILE_COLOURS[i]);
      line.setLineStyle(THIN_DASH);
      line.setMarker(SeriesMarkers.NONE);
    }
    chart.getStyler().setYAxisMin(0.0);
    markWarmup(chart, warmup);
    byte[] png = ChartFiles.write(dir, timeFile(t) + "-scatter", chart);
    return new Drawn(png, timeName(t).substring(0, 1).toUpperCase() + timeName(t).substring(1) + " over time",
        "One simulated history (replication " + replication + "): each dot is a " + t.completion()
            + ", placed when it was completed and as high as it took. Dashed lines: its 50th, 85th"
            + " and 95th percentiles." + timeMeaning(t));
  }

  private static String label(double p, double value, String unit) {
    return String.format(java.util.Locale.ROOT, "p%d = %.2f %s", Math.round(p * 100), value, unit);
  }
}
