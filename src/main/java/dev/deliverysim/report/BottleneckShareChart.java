package dev.deliverysim.report;

import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The second half of the bottleneck-shift picture: along the swept value, the share of
 * replications in which each station (or stage) was the bottleneck, stacked to 100% — the
 * constraint handing over from one stage to the next, with how sure the simulation is at each
 * point. Drawn from the sweep's points in memory (the {@code share} of each level).
 */
public final class BottleneckShareChart {
  private BottleneckShareChart() {}

  /** Draws the chart of {@code points}, each with one numeric value of {@code parameter}. */
  public static FlowCharts.Drawn write(ResultsWriter out, String parameter, List<PointBottleneck> points,
      String scenario) throws IOException {
    Map<String, TreeMap<Double, Double>> byStation = new LinkedHashMap<>();
    TreeMap<Double, Double> none = new TreeMap<>();
    for (PointBottleneck point : points) {
      double x = Double.parseDouble(point.values().get(0));
      for (Bottleneck.Level level : point.bottleneck().levels()) {
        double share = Double.isNaN(level.share()) ? 0 : 100 * level.share();
        byStation.computeIfAbsent(level.station(), s -> new TreeMap<>()).put(x, share);
        none.merge(x, share, Double::sum);
      }
    }
    none.replaceAll((x, sum) -> Math.max(0, 100 - sum));
    List<String> allStations = new ArrayList<>(byStation.keySet()); // colours by stage, as everywhere
    byStation.values().removeIf(shares -> shares.values().stream().allMatch(v -> v == 0));
    double[] xs = none.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(scenario + ": how often each stage is the bottleneck as " + parameter + " changes")
        .xAxisTitle(parameter).yAxisTitle("share of replications (%)").build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setYAxisMin(0, 0.0);
    chart.getStyler().setYAxisMax(0, 100.0);
    chart.getStyler().setYAxisMin(SweepThroughput.AXIS, 0.0);
    StageColours colours = StageColours.of(allStations);
    // When every share is 0 or 100, XChart puts ticks only at those two values (it ticks data values
    // that are equally spaced); an invisible series at every tenth gives it ticks every 10%.
    XYSeries ticks = chart.addSeries("ticks", fill(11, xs[0]), java.util.stream.IntStream.rangeClosed(0, 10)
        .mapToDouble(i -> 10.0 * i).toArray());
    ticks.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    ticks.setMarker(SeriesMarkers.NONE);
    ticks.setShowInLegend(false);
    // stacked: each area is drawn from the axis up to its cumulative top, the tallest first
    List<String> stations = new ArrayList<>(byStation.keySet());
    List<double[]> tops = new ArrayList<>();
    double[] top = new double[xs.length];
    for (String station : stations) {
      for (int i = 0; i < xs.length; i++) {
        top[i] += byStation.get(station).getOrDefault(xs[i], 0.0);
      }
      tops.add(top.clone());
    }
    boolean anyNone = none.values().stream().anyMatch(v -> v > 1e-12);
    if (anyNone) {
      ChartFiles.area(chart, "no queue anywhere", xs, fill(xs.length, 100.0), new Color(0xEEEEEE));
    }
    for (int s = stations.size() - 1; s >= 0; s--) {
      ChartFiles.area(chart, stations.get(s), xs, tops.get(s), colours.of(stations.get(s)));
    }
    boolean throughput = SweepThroughput.measured(points);
    if (throughput) {
      SweepThroughput.add(chart, points.stream().mapToDouble(p -> Double.parseDouble(p.values().get(0))).toArray(),
          points);
    }
    byte[] png = ChartFiles.write(out, "bottleneck-share", chart);
    return new FlowCharts.Drawn(png, "How often each stage is the bottleneck",
        "At each value of " + parameter + ", the share of replications in which each stage was the"
            + " bottleneck, stacked to 100%. Where the colours hand over, the constraint moves."
            + (throughput ? " Black squares, on the right axis: " + SweepThroughput.title(points)
                + ", with its 95% interval." : ""));
  }

  private static double[] fill(int n, double value) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, value);
    return a;
  }
}
