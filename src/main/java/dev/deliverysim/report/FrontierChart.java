package dev.deliverysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code frontier.png}/{@code .svg} of an optimisation: each setting run, its cost against the
 * target metric's mean (with the one-sided bound it was judged by), the frontier of settings no
 * cheaper setting beats, the target as a line, and the chosen setting.
 */
public final class FrontierChart {
  /** One setting as drawn: its cost, mean and bound; whether it was chosen. */
  public record Dot(double cost, double mean, double bound, boolean chosen) {}

  private FrontierChart() {}

  public static FlowCharts.Drawn write(ResultsWriter out, String title, String costAxis, String metricAxis,
      List<Dot> dots, double target, boolean lowerIsBetter) throws IOException {
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT).title(title)
        .xAxisTitle(costAxis).yAxisTitle(metricAxis).build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setXAxisDecimalPattern("#,##0.##");
    List<Dot> sorted = dots.stream().sorted(Comparator.comparingDouble(Dot::cost)).toList();
    List<double[]> frontier = new ArrayList<>();
    double bestSoFar = Double.NaN;
    for (Dot d : sorted) {
      if (Double.isNaN(bestSoFar) || (lowerIsBetter ? d.mean() < bestSoFar : d.mean() > bestSoFar)) {
        bestSoFar = d.mean();
        frontier.add(new double[] {d.cost(), d.mean()});
      }
    }
    XYSeries all = chart.addSeries("settings run (mean)", sorted.stream().mapToDouble(Dot::cost).toArray(),
        sorted.stream().mapToDouble(Dot::mean).toArray());
    all.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    all.setMarker(SeriesMarkers.CIRCLE);
    all.setMarkerColor(ChartFiles.colour(0));
    List<Dot> bounded = sorted.stream().filter(d -> Double.isFinite(d.bound())).toList();
    if (!bounded.isEmpty()) {
      XYSeries bounds = chart.addSeries("bound judged against the target", bounded.stream().mapToDouble(Dot::cost).toArray(),
          bounded.stream().mapToDouble(Dot::bound).toArray());
      bounds.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      bounds.setMarker(lowerIsBetter ? SeriesMarkers.TRIANGLE_UP : SeriesMarkers.TRIANGLE_DOWN);
      bounds.setMarkerColor(ChartFiles.colour(1));
    }
    XYSeries line = chart.addSeries("frontier: no cheaper setting does better", ChartFiles.column(frontier, 0),
        ChartFiles.column(frontier, 1));
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(ChartFiles.colour(0));
    line.setLineStyle(new BasicStroke(2f));
    double lo = sorted.get(0).cost();
    double hi = sorted.get(sorted.size() - 1).cost();
    XYSeries goal = chart.addSeries("target", new double[] {lo, hi == lo ? lo + 1 : hi}, new double[] {target, target});
    goal.setMarker(SeriesMarkers.NONE);
    goal.setLineColor(Color.DARK_GRAY);
    goal.setLineStyle(ChartFiles.dashed(2f));
    sorted.stream().filter(Dot::chosen).findFirst().ifPresent(d -> {
      XYSeries c = chart.addSeries("chosen", new double[] {d.cost()}, new double[] {d.mean()});
      c.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      c.setMarker(SeriesMarkers.DIAMOND);
      c.setMarkerColor(Color.BLACK);
    });
    byte[] png = ChartFiles.write(out, "frontier", chart);
    return new FlowCharts.Drawn(png, "Cost against the target",
        "Each setting run: its cost and the mean of the target metric (circles), and the one-sided bound"
            + " it was judged by (triangles); the line joins the settings no cheaper setting beats; the"
            + " dashed line is the target; the black diamond is the answer.");
  }
}
