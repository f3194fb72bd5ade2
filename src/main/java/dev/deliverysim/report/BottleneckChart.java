package dev.deliverysim.report;

import dev.deliverysim.model.MetricNames;
import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The bottleneck-shift chart of a one-parameter sweep, from its points in memory: one line per
 * station (or stage), the swept value across, its utilisation (or its share of replications as the
 * bottleneck) up, and a large marker on whichever is the bottleneck at each point. Written as PNG
 * (slides) and SVG (print); the same data gives the same bytes.
 */
public final class BottleneckChart {
  public static final String PNG = "bottleneck.png";
  public static final String SVG = "bottleneck.svg";

  private BottleneckChart() {}

  /** Draws the chart of {@code points}, each with one numeric value of {@code parameter}. */
  public static FlowCharts.Drawn write(ResultsWriter out, String parameter, List<PointBottleneck> points,
      String scenario) throws IOException {
    Map<String, List<double[]>> byStation = new LinkedHashMap<>();
    List<double[]> bottlenecks = new ArrayList<>();
    String metric = "";
    for (PointBottleneck point : points) {
      double x = Double.parseDouble(point.values().get(0));
      Bottleneck b = point.bottleneck();
      for (Bottleneck.Level level : b.levels()) {
        double y = level.mean();
        metric = b.metric();
        byStation.computeIfAbsent(level.station(), s -> new ArrayList<>()).add(new double[] {x, y});
        if (level.station().equals(b.bottleneck())) {
          bottlenecks.add(new double[] {x, y});
        }
      }
    }
    XYChart chart = chart(scenario, parameter, metric, byStation, bottlenecks);
    boolean throughput = SweepThroughput.measured(points);
    if (throughput) {
      SweepThroughput.add(chart, points.stream().mapToDouble(p -> Double.parseDouble(p.values().get(0))).toArray(),
          points);
    }
    byte[] png = ChartFiles.write(out, "bottleneck", chart);
    return new FlowCharts.Drawn(png, "Where the bottleneck sits as " + parameter + " changes",
        "One line per stage: its " + (metric.equals(MetricNames.BOTTLENECK) ? "share of replications as the bottleneck"
            : "utilisation") + " at each value of " + parameter + "; the black diamond marks the"
            + " bottleneck at that value."
            + (throughput ? " Black squares, on the right axis: " + SweepThroughput.title(points)
                + ", with its 95% interval." : ""));
  }
  private static XYChart chart(String scenario, String parameter, String metric,
      Map<String, List<double[]>> byStation, List<double[]> bottlenecks) {
    boolean shares = metric.equals(MetricNames.BOTTLENECK);
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(scenario + ": where the bottleneck sits as " + parameter + " changes")
        .xAxisTitle(parameter)
        .yAxisTitle(shares ? "share of replications as the bottleneck" : "utilisation (share of time busy)")
        .build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setYAxisMin(0, 0.0);
    chart.getStyler().setYAxisMax(0, 1.0);
    chart.getStyler().setYAxisMin(SweepThroughput.AXIS, 0.0);
    StageColours colours = StageColours.of(List.copyOf(byStation.keySet()));
    byStation.forEach((station, points) -> {
      XYSeries s = chart.addSeries(station, ChartFiles.column(points, 0), ChartFiles.column(points, 1));
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setLineStyle(new BasicStroke(2f));
      s.setLineColor(colours.of(station));
      s.setMarkerColor(colours.of(station));
    });
    if (!bottlenecks.isEmpty()) {
      XYSeries b = chart.addSeries("bottleneck", ChartFiles.column(bottlenecks, 0), ChartFiles.column(bottlenecks, 1));
      b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      b.setMarker(SeriesMarkers.DIAMOND);
      b.setMarkerColor(Color.BLACK);
    }
    return chart;
  }
}
