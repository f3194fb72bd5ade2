package dev.deliverysim.report;

import dev.deliverysim.model.OutputUnit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

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
   * @param stageOf the stage whose work each activity is ({@code testing} → the {@code qa} gate), so
   *     that it takes the stage's colour; an activity of no stage (meetings, idle) is grey
   */
  public static FlowCharts.Drawn write(ResultsWriter dir, String team, String unit, List<String> scenarios,
      Map<String, List<Double>> hours, StageColours colours, Map<String, String> stageOf) throws IOException {
    CategoryChart chart = new CategoryChartBuilder().width(ChartFiles.WIDTH).height(ChartFiles.HEIGHT)
        .title("Where the hours of team " + team + " go, by scenario")
        .xAxisTitle("scenario")
        .yAxisTitle("hours per person per " + OutputUnit.word(unit))
        .build();
    ChartFiles.style(chart.getStyler());
    chart.getStyler().setStacked(true);
    chart.getStyler().setAvailableSpaceFill(0.6);
    hours.forEach((activity, values) -> chart.addSeries(activity, scenarios, values)
        .setFillColor(colours.of(stageOf.getOrDefault(activity, activity))));
    byte[] png = ChartFiles.write(dir, "hours", chart);
    return new FlowCharts.Drawn(png, "Where the hours go",
        "Each bar is the working time of one person of team " + team + ", split by what it went to;"
            + " the bars are the same height, so what moves between them is the answer.");
  }
}
