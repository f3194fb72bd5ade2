package dev.deliverysim.report;

import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * The chart of a one-parameter sweep over values that are not numbers (a policy, a duration such
 * as {@code 2h}, a distribution): one stacked bar per value, split by how often each stage was the
 * bottleneck there (in the stage's colour), and the throughput at each value as a black line on the
 * right axis. The values stay in the order given, evenly spaced, as words.
 */
public final class CategorySweepChart {
  private CategorySweepChart() {}

  public static FlowCharts.Drawn write(ResultsWriter out, String parameter, List<PointBottleneck> points,
      String scenario) throws IOException {
    CategoryChart chart = chart(parameter, points, scenario);
    byte[] png = ChartFiles.write(out, "bottleneck", chart);
    return new FlowCharts.Drawn(png, "Where the bottleneck sits, value by value of " + parameter,
        "One bar per value of " + parameter + ": the share of replications in which each stage was the"
            + " bottleneck there, in the stage's colour (grey: no queue anywhere)"
            + (SweepThroughput.measured(points) ? "; black squares, on the right axis: "
                + SweepThroughput.title(points) + ", with its 95% interval" : "") + ".");
  }

  static CategoryChart chart(String parameter, List<PointBottleneck> points, String scenario) {
    List<String> values = points.stream().map(p -> p.values().get(0)).toList();
    Map<String, List<Double>> shares = new LinkedHashMap<>();
    List<Double> none = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      double sum = 0;
      for (Bottleneck.Level level : points.get(i).bottleneck().levels()) {
        double share = Double.isNaN(level.share()) ? 0 : 100 * level.share();
        List<Double> column = shares.computeIfAbsent(level.station(), s -> new ArrayList<>());
        while (column.size() < i) {
          column.add(0.0);
        }
        column.add(share);
        sum += share;
      }
      none.add(Math.max(0, 100 - sum));
    }
    StageColours colours = StageColours.of(List.copyOf(shares.keySet()));
    CategoryChart chart = new CategoryChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(scenario + ": the bottleneck at each value of " + parameter)
        .xAxisTitle(parameter).yAxisTitle("share of replications as the bottleneck (%)").build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setStacked(true);
    chart.getStyler().setAvailableSpaceFill(0.6);
    chart.getStyler().setYAxisMin(0, 0.0);
    chart.getStyler().setYAxisMax(0, 100.0);
    chart.getStyler().setYAxisMin(SweepThroughput.AXIS, 0.0);
    if (values.stream().mapToInt(String::length).sum() > 80) {
      chart.getStyler().setXAxisLabelRotation(30);
    }
    shares.forEach((station, column) -> {
      while (column.size() < values.size()) {
        column.add(0.0);
      }
      if (column.stream().anyMatch(v -> v > 0)) {
        CategorySeries s = chart.addSeries(station, values, column);
        s.setFillColor(colours.of(station));
      }
    });
    if (none.stream().anyMatch(v -> v > 1e-9)) {
      chart.addSeries("no queue anywhere", values, none).setFillColor(new java.awt.Color(0xEEEEEE));
    }
    if (SweepThroughput.measured(points)) {
      SweepThroughput.add(chart, values, points);
    }
    return chart;
  }
}
