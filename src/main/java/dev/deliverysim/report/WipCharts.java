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
import java.util.Locale;
import java.util.Map;
import org.apache.commons.statistics.descriptive.Quantile;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Two pictures of a delivery run's work in progress, by stage: how old the PRs still in progress at
 * the end of the run are (the aging chart a Kanban team reads at stand-up: what is stuck, and
 * where), and how long a PR spends in each state (waiting for, and being worked on at, each stage).
 */
public final class WipCharts {
  /** Where the aging chart's dots of one column spread, either side of the column's centre. */
  private static final double SPREAD = 0.3;
  /** The golden ratio's fraction: spreads a column's dots evenly, the same way every time. */
  private static final double GOLDEN = 0.6180339887498949;

  private WipCharts() {}

  /**
   * The mean time a PR spends in each state over the run after the warm-up, by Little's law:
   * the time-average number of PRs in the state ÷ PRs done per time unit. One value per state of
   * {@code t}, in the output unit; empty when the window holds fewer than two snapshots or no PR
   * was done in it. Exact for a run that starts and ends empty; otherwise the PRs still in
   * progress at either end count their time inside the window only.
   */
  public static double[] timeInState(TimelineSummary t, double warmup) {
    double[] times = t.times();
    int a = 0;
    while (a < times.length && times[a] < warmup - 1e-9) {
      a++;
    }
    int b = times.length - 1;
    if (b - a < 1 || !(t.done()[b] > t.done()[a])) {
      return new double[0];
    }
    double span = times[b] - times[a];
    double rate = (t.done()[b] - t.done()[a]) / span;
    double[] w = new double[t.states().size()];
    for (int s = 0; s < w.length; s++) {
      double area = 0;
      for (int i = a; i < b; i++) { // trapezoids between snapshots
        area += (t.inState()[s][i] + t.inState()[s][i + 1]) / 2 * (times[i + 1] - times[i]);
      }
      w[s] = area / span / rate;
    }
    return w;
  }

  /** The aging chart (when any PR is in progress at the end) and the time in each state, through {@code dir}. */
  static List<FlowCharts.Drawn> write(ResultsWriter dir, String scenario, TimelineSummary t, double warmup,
      StageColours colours, double cycleTimeP85) throws IOException {
    List<FlowCharts.Drawn> drawn = new ArrayList<>();
    if (t.wipAges().length > 0) {
      XYChart aging = aging(scenario, t, colours, cycleTimeP85);
      drawn.add(new FlowCharts.Drawn(ChartFiles.write(dir, "wip-age", aging), "Age of the work in progress",
          "Every PR still in progress when the run ended, by where it is: each dot is one PR of replication "
              + firstReplication(t) + ", as high as the time since its coding started. Black marks: the"
              + " median and the 85th percentile of those ages over all " + t.replications() + " replications"
              + (Double.isFinite(cycleTimeP85) ? "; dashed line: the run's cycle time p85 — a PR above it is"
                  + " already older than 85% of finished ones took" : "")
              + ". PRs not taken up yet are not in progress."));
    }
    double[] w = timeInState(t, warmup);
    if (w.length > 0) {
      CategoryChart chart = timeInStateChart(scenario, t, w, colours);
      drawn.add(new FlowCharts.Drawn(ChartFiles.write(dir, "time-in-state", chart), "Time in each state",
          "How long a PR spends at each stage, all its visits together: waiting (light) and being worked on"
              + " (dark), in " + OutputUnit.plural(t.unit()) + ", after the warm-up. By Little's law: the"
              + " mean number of PRs in the state over the run ÷ PRs done per " + OutputUnit.word(t.unit())
              + ". The tallest light part is where a PR's time goes to waiting."));
    }
    return drawn;
  }

  /** The replication whose PRs the aging chart draws as dots: the first recorded. */
  static int firstReplication(TimelineSummary t) {
    return (int) Arrays.stream(t.wipAges()).mapToDouble(r -> r[0]).min().orElse(0);
  }

  /**
   * The columns of the aging chart: every state that holds work in progress in some replication at
   * the end, and every state where work is done (empty or not), in flow order.
   */
  static List<Integer> agingColumns(TimelineSummary t) {
    List<Integer> columns = new ArrayList<>();
    for (int s = 0; s < t.states().size(); s++) {
      int state = s;
      if (!t.states().get(s).waiting() || Arrays.stream(t.wipAges()).anyMatch(r -> r[1] == state)) {
        columns.add(s);
      }
    }
    return columns;
  }

  static XYChart aging(String scenario, TimelineSummary t, StageColours colours, double cycleTimeP85) {
    String unit = OutputUnit.plural(t.unit());
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(scenario + ": age of the work in progress at the end of the run")
        .xAxisTitle("where each PR is").yAxisTitle("age: time since its coding started (" + unit + ")").build();
    ChartFiles.style(chart.getStyler());
    List<Integer> columns = agingColumns(t);
    // XChart ticks every data value when they are equally spaced: an invisible series at each column
    double[] at = new double[columns.size()];
    Arrays.setAll(at, i -> i);
    XYSeries ticks = chart.addSeries("columns", at, new double[at.length]);
    ticks.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    ticks.setMarker(SeriesMarkers.NONE);
    ticks.setShowInLegend(false);
    List<String> names = columns.stream().map(s -> t.states().get(s).name()).toList();
    chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> ChartFiles.positionLabel(names, x));
    chart.getStyler().setXAxisMin(-0.5);
    chart.getStyler().setXAxisMax(columns.size() - 0.5);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisTickMarkSpacingHint(30); // a tick, and a name, at every column
    if (columns.size() > 5) {
      chart.getStyler().setXAxisLabelRotation(30);
    }
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    int replication = firstReplication(t);
    Map<String, List<double[]>> dots = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      int state = columns.get(c);
      double[] ages = ages(t, state, replication);
      Arrays.sort(ages); // the youngest at the centre's left, as a board is read
      for (int j = 0; j < ages.length; j++) {
        double offset = ages.length == 1 ? 0 : ((j * GOLDEN) % 1 - 0.5) * 2 * SPREAD;
        dots.computeIfAbsent(t.states().get(state).stage(), k -> new ArrayList<>())
            .add(new double[] {c + offset, ages[j]});
      }
    }
    dots.forEach((stage, points) -> {
      XYSeries s = chart.addSeries(stage, ChartFiles.column(points, 0), ChartFiles.column(points, 1));
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(colours.of(stage));
    });
    chart.getStyler().setMarkerSize(9);
    percentileMarks(chart, t, columns);
    if (Double.isFinite(cycleTimeP85)) {
      XYSeries line = chart.addSeries(String.format(Locale.ROOT, "cycle time p85 = %.2f %s", cycleTimeP85, t.unit()),
          new double[] {-0.5, columns.size() - 0.5}, new double[] {cycleTimeP85, cycleTimeP85});
      line.setLineColor(Color.BLACK);
      line.setLineStyle(ChartFiles.dashed(2f));
      line.setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  /** A short black bar across each column at the median, and a thinner one at the 85th percentile, of all replications' ages. */
  private static void percentileMarks(XYChart chart, TimelineSummary t, List<Integer> columns) {
    boolean[] legend = {true, true};
    for (int c = 0; c < columns.size(); c++) {
      double[] ages = ages(t, columns.get(c), -1);
      if (ages.length == 0) {
        continue;
      }
      double[] q = Quantile.withDefaults().evaluate(ages, 0.50, 0.85);
      for (int k = 0; k < 2; k++) {
        String name = k == 0 ? "median age" : "p85 of age";
        XYSeries mark = chart.addSeries(name + (legend[k] ? "" : " " + c),
            new double[] {c - SPREAD - 0.08, c + SPREAD + 0.08}, new double[] {q[k], q[k]});
        mark.setLineColor(Color.BLACK);
        mark.setLineStyle(new BasicStroke(k == 0 ? 3.5f : 1.5f));
        mark.setMarker(SeriesMarkers.NONE);
        mark.setShowInLegend(legend[k]);
        legend[k] = false;
      }
    }
  }

  /** The ages of the PRs in {@code state} at the end of {@code replication} (every replication when negative). */
  static double[] ages(TimelineSummary t, int state, int replication) {
    return Arrays.stream(t.wipAges()).filter(r -> r[1] == state && (replication < 0 || r[0] == replication))
        .mapToDouble(r -> r[2]).toArray();
  }

  /**
   * One stacked bar per stage: its waiting states in a light shade of the stage's colour, its
   * working states in the colour itself. Each part is a series of its own, zero at the other
   * stages, since XChart colours a series, not a bar.
   */
  static CategoryChart timeInStateChart(String scenario, TimelineSummary t, double[] w, StageColours colours) {
    Map<String, double[]> byStage = new LinkedHashMap<>(); // stage → {waiting, worked on}
    for (int s = 0; s < w.length; s++) {
      Timeline.State state = t.states().get(s);
      byStage.computeIfAbsent(state.stage(), k -> new double[2])[state.waiting() ? 0 : 1] += w[s];
    }
    List<String> stages = new ArrayList<>(byStage.keySet());
    CategoryChart chart = new CategoryChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(scenario + ": time a PR spends at each stage")
        .xAxisTitle("stage (light: waiting for it; dark: being worked on)")
        .yAxisTitle("time per PR (" + OutputUnit.plural(t.unit()) + ")").build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setStacked(true);
    chart.getStyler().setAvailableSpaceFill(0.6);
    chart.getStyler().setOverlapped(false);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisDecimalPattern("0.###");
    if (stages.size() > 6) {
      chart.getStyler().setXAxisLabelRotation(30);
    }
    for (String stage : stages) {
      for (int part = 0; part < 2; part++) {
        List<Double> values = new ArrayList<>();
        for (String other : stages) {
          values.add(other.equals(stage) ? byStage.get(stage)[part] : 0.0);
        }
        Color colour = colours.of(stage);
        chart.addSeries(stage + (part == 0 ? ", waiting" : ", worked on"), stages, values)
            .setFillColor(part == 0 ? tint(colour) : colour);
      }
    }
    return chart;
  }

  /** The colour mixed 60% with white: the same hue, lighter. */
  static Color tint(Color c) {
    return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
  }

  private static int mix(int channel) {
    return (int) Math.round(channel + (255 - channel) * 0.6);
  }
}
