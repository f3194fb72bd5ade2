package dev.deliverysim.report;

import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.model.OutputUnit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Throughput beside the bottleneck in every sweep chart: the points' throughput (features
 * delivered, or jobs out of a network) as a black line with its 95% interval as error bars, on an
 * axis of its own on the right — so that "the bottleneck moved to QA" reads next to "and
 * throughput stopped rising". Black, since it is not a stage.
 */
final class SweepThroughput {
  /** The right-hand axis group. */
  static final int AXIS = 1;

  private SweepThroughput() {}

  /** "features delivered per week", "jobs out per hour": the axis title and the series' name. */
  static String title(List<PointBottleneck> points) {
    PointBottleneck.Throughput t = points.get(0).throughput();
    String unit = t.unit().startsWith("1/") ? OutputUnit.word(t.unit().substring(2)) : t.unit();
    String what = t.metric().equals("features_delivered") ? "features delivered" : "jobs out";
    return what + " per " + unit;
  }

  /** Whether every point has a measured throughput to draw. */
  static boolean measured(List<PointBottleneck> points) {
    return !points.isEmpty() && points.stream().allMatch(p -> Double.isFinite(p.throughput().mean()));
  }

  /** Half the 95% interval at each point (0 where unknown: one replication). */
  static double[] halfWidths(List<PointBottleneck> points) {
    return points.stream().mapToDouble(p -> {
      double half = p.throughput().high() - p.throughput().mean();
      return Double.isFinite(half) ? half : 0;
    }).toArray();
  }

  static double[] means(List<PointBottleneck> points) {
    return points.stream().mapToDouble(p -> p.throughput().mean()).toArray();
  }

  /** Adds the line, over {@code x}, on the right axis. */
  static void add(XYChart chart, double[] x, List<PointBottleneck> points) {
    XYSeries s = chart.addSeries(title(points), x, means(points), halfWidths(points));
    s.setYAxisGroup(AXIS);
    rightAxis(chart, title(points));
    s.setLineColor(Color.BLACK);
    s.setLineStyle(new BasicStroke(3f));
    s.setMarker(SeriesMarkers.SQUARE);
    s.setMarkerColor(Color.BLACK);
  }

  /** Adds the line, across the categories, on the right axis. */
  static void add(CategoryChart chart, List<String> categories, List<PointBottleneck> points) {
    CategorySeries s = chart.addSeries(title(points), categories, box(means(points)), box(halfWidths(points)));
    s.setYAxisGroup(AXIS);
    rightAxis(chart, title(points));
    s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
    s.setLineColor(Color.BLACK);
    s.setLineStyle(new BasicStroke(3f));
    s.setMarker(SeriesMarkers.SQUARE);
    s.setMarkerColor(Color.BLACK);
  }

  private static void rightAxis(AxesChart<?, ?> chart, String title) {
    chart.setYAxisGroupTitle(AXIS, "throughput: " + title);
    chart.getStyler().setYAxisGroupPosition(AXIS, Styler.YAxisPosition.Right);
    chart.getStyler().setErrorBarsColor(Color.BLACK);
  }

  private static List<Double> box(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }
}
