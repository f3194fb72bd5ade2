package dev.deliverysim.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.ChartEncoder;

/**
 * "Where did the hours go?": one stacked bar per scenario of a team's working time by activity
 * (coding, review, rework, …, meetings, idle), hours per person per time unit. The bars are the
 * same height — the time available — so what moves between them is the answer. PNG and SVG; the
 * same data gives the same bytes.
 */
public final class HoursChart {
  public static final String PNG = "hours.png";
  public static final String SVG = "hours.svg";

  private HoursChart() {}

  /**
   * @param hours activity → one value per scenario, in {@code scenarios} order, in hours per
   *     person per {@code unit}
   */
  public static void write(Path dir, String team, String unit, List<String> scenarios,
      Map<String, List<Double>> hours) throws IOException {
    CategoryChart chart = new CategoryChartBuilder().width(900).height(560)
        .title("Where the hours of team " + team + " go, by scenario")
        .xAxisTitle("scenario")
        .yAxisTitle("hours per person per " + unitName(unit))
        .build();
    chart.getStyler().setStacked(true);
    chart.getStyler().setSeriesColors(BottleneckChart.PALETTE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesColor(new Color(0xDDDDDD));
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    chart.getStyler().setAvailableSpaceFill(0.6);
    hours.forEach((activity, values) -> chart.addSeries(activity, scenarios, values));
    AtomicFiles.writeBytes(dir.resolve(PNG), ChartEncoder.getBytes(chart, "png"));
    AtomicFiles.writeBytes(dir.resolve(SVG), ChartEncoder.getBytes(chart, "svg"));
  }

  private static String unitName(String unit) {
    return switch (unit) {
      case "w" -> "week";
      case "d" -> "day";
      default -> "hour";
    };
  }
}
