package dev.deliverysim.report;

import dev.deliverysim.experiment.forecast.ForecastRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The forecast as a picture: the share of trials done by each date (a rising step line that stops
 * short of 100% when some trials were not done by the horizon), the p50/p85/p95 dates and the
 * target date marked, and the chance of making the target in the legend.
 */
public final class ForecastChart {
  private ForecastChart() {}

  /**
   * @param dates each trial's completion date, null for a trial not done
   * @param rows the forecast's rows (percentiles and the chance of the target)
   */
  public static FlowCharts.Drawn write(ResultsWriter dir, String name, List<LocalDate> dates, List<ForecastRow> rows,
      LocalDate target) throws IOException {
    double[] days = dates.stream().filter(Objects::nonNull).mapToDouble(LocalDate::toEpochDay).sorted().toArray();
    int trials = dates.size();
    XYChart chart = new XYChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title(name + ": when will it be done?").xAxisTitle("completion date")
        .yAxisTitle("share of trials done by then (%)").build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setXAxisTickLabelsFormattingFunction(d -> LocalDate.ofEpochDay(Math.round(d)).toString());
    List<double[]> steps = new ArrayList<>(); // one point per distinct date: ten thousand trials share few
    for (int i = 0; i < days.length; i++) {
      if (i == days.length - 1 || days[i + 1] != days[i]) {
        steps.add(new double[] {days[i], 100.0 * (i + 1) / trials});
      }
    }
    if (steps.isEmpty()) { // nothing done: one point at 0%, on the target or the horizon's date
      steps.add(new double[] {target != null ? target.toEpochDay() : rows.stream().filter(r -> r.date() != null)
          .mapToLong(r -> r.date().toEpochDay()).findFirst().orElse(0), 0});
    }
    double[] x = ChartFiles.column(steps, 0);
    double[] y = ChartFiles.column(steps, 1);
    XYSeries cdf = chart.addSeries("trials done", x, y);
    cdf.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
    cdf.setLineColor(ChartFiles.colour(0));
    cdf.setLineStyle(new BasicStroke(2.5f));
    cdf.setMarker(SeriesMarkers.NONE);
    int i = 0;
    for (ForecastRow row : rows) {
      if (row.quantity().equals("completion") && row.date() != null) {
        vertical(chart, row.percentile() + " " + row.date(), row.date(), ChartFiles.PERCENTILE_COLOURS[Math.min(i++, 2)], 1.5f);
      }
    }
    if (target != null) {
      double chance = rows.stream().filter(r -> r.quantity().equals("probability_by_target"))
          .mapToDouble(ForecastRow::value).findFirst().orElse(Double.NaN);
      vertical(chart, String.format(Locale.ROOT, "target %s (%.0f%% of trials)", target, 100 * chance), target,
          ChartFiles.colour(2), 3f);
    }
    byte[] png = ChartFiles.write(dir, "forecast", chart);
    if (days.length == 0) {
      return new FlowCharts.Drawn(png, "Completion dates", "None of the " + trials + " trials was done by"
          + " the horizon, so there are no completion dates to draw" + (target != null
          ? "; the green line marks the target, which no trial made" : "") + ".");
    }
    return new FlowCharts.Drawn(png, "Completion dates",
        "The share of the " + trials + " trials done by each date; dashed lines mark the 50th, 85th and"
            + " 95th percentile dates" + (target != null ? ", the green line the target" : "")
            + (days.length < trials ? "; the line stops short of 100% because "
                + (trials - days.length) + " trials were not done by the horizon" : "") + ".");
  }

  private static void vertical(XYChart chart, String name, LocalDate date, Color colour, float width) {
    double d = date.toEpochDay();
    XYSeries s = chart.addSeries(name, new double[] {d, d}, new double[] {0, 100});
    s.setLineColor(colour);
    s.setLineStyle(ChartFiles.dashed(width));
    s.setMarker(SeriesMarkers.NONE);
  }
}
