package dev.deliverysim.report;

import dev.deliverysim.experiment.calibrate.Backtest;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The backtest at a glance: for each value compared (throughput, cycle time p50/p85, pickup p50;
 * fitted period and held-out), the model's 95% band and the observed value, both in percent of
 * the model's median so that values of different units share one axis. An observed diamond off its
 * band is where the model does not fit.
 */
public final class BacktestChart {
  private BacktestChart() {}

  public static FlowCharts.Drawn write(ResultsWriter out, String name, List<Backtest.Row> rows) throws IOException {
    List<Backtest.Row> shown = rows.stream().filter(r -> r.comparable() && r.modelMedian() != 0).toList();
    List<String> labels = shown.stream().map(r -> r.metric() + " (" + r.period() + ")").toList();
    RowsChart chart = new RowsChart(name + ": observed against the model's 95% band",
        "difference from the model's median (%)", labels);
    List<double[]> inside = new ArrayList<>();
    List<double[]> outside = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Backtest.Row r = shown.get(i);
      double y = chart.y(i, 0);
      chart.segment("model, 95% band", percent(r.low(), r), percent(r.high(), r), y, ChartFiles.colour(0), 6f, i == 0);
      (r.inside() ? inside : outside).add(new double[] {percent(r.observed(), r), y});
    }
    if (!inside.isEmpty()) {
      chart.points("observed, inside the band", ChartFiles.column(inside, 0), ChartFiles.column(inside, 1),
          ChartFiles.colour(2), SeriesMarkers.DIAMOND);
    }
    if (!outside.isEmpty()) {
      chart.points("observed, outside: the model does not fit", ChartFiles.column(outside, 0),
          ChartFiles.column(outside, 1), new Color(0xD55E00), SeriesMarkers.DIAMOND);
    }
    byte[] png = ChartFiles.write(out, "backtest", chart.chart());
    return new FlowCharts.Drawn(png, "Backtest: the data against the fitted model",
        "For each value, the blue bar is the central 95% of the simulated periods (each replication one possible"
            + " history of the same length), the diamond the observed value; both in percent of the model's median."
            + " A diamond off its bar is a value the model does not reproduce.");
  }

  private static double percent(double v, Backtest.Row r) {
    return 100 * (v / r.modelMedian() - 1);
  }
}
