package dev.deliverysim.report;

import dev.deliverysim.experiment.sensitivity.Effect;
import dev.deliverysim.experiment.sensitivity.RankedParameter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The tornado chart of a sensitivity analysis: the strongest parameters first, each with one bar
 * per change (a cut to the left colour, a rise to the right colour; larger changes drawn wider)
 * from zero to the metric's relative change.
 */
public final class TornadoChart {
  /** More rows than this no longer fit a slide; the CSV has them all. */
  static final int MAX_ROWS = 15;

  private TornadoChart() {}

  /**
   * @param labels parameters by path in words ("devs headcount"), from the scenario's levers; a
   *     parameter without one is shown by its path
   */
  public static FlowCharts.Drawn write(ResultsWriter dir, String scenario, String metric, List<RankedParameter> ranked,
      List<Double> changes, java.util.Map<String, String> labels) throws IOException {
    List<RankedParameter> shown = ranked.stream().filter(r -> r.strength() >= 0).limit(MAX_ROWS).toList();
    RowsChart chart = new RowsChart(scenario + ": what moves " + metric + " most",
        "change in " + metric + " (%)", shown.stream().map(r -> labels.getOrDefault(r.parameter().path(), r.parameter().path())).toList());
    double largest = changes.stream().mapToDouble(Math::abs).max().orElse(1);
    boolean[] named = new boolean[changes.size()];
    for (int r = 0; r < shown.size(); r++) {
      // the larger change first: the smaller one's narrower bar is then drawn over it
      List<Effect> widestFirst = shown.get(r).effects().stream()
          .sorted(java.util.Comparator.comparingDouble((Effect e) -> -Math.abs(e.change()))).toList();
      for (Effect e : widestFirst) {
        if (e.difference() == null || !Double.isFinite(e.difference().relativeChange())) {
          continue;
        }
        int c = changes.indexOf(e.change());
        String name = String.format(Locale.ROOT, "parameter %+.0f%%", 100 * e.change());
        float width = (float) (6 + 12 * Math.abs(e.change()) / largest);
        chart.segment(name, 0, 100 * e.difference().relativeChange(), chart.y(r, 0),
            colour(e.change(), largest), width, c >= 0 && !named[c]);
        if (c >= 0) {
          named[c] = true;
        }
      }
    }
    chart.chart().getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    byte[] png = ChartFiles.write(dir, "tornado", chart.chart());
    return new FlowCharts.Drawn(png, "Tornado chart",
        "The " + shown.size() + " parameters that move " + metric + " most, strongest at the top:"
            + " each bar is the metric's change (paired with the base run) when the parameter is"
            + " cut (blues) or raised (oranges); the wider, lighter bar is the larger change.");
  }

  /** Cuts in blues, rises in oranges; the largest change in the lighter shade. */
  private static java.awt.Color colour(double change, double largest) {
    boolean large = Math.abs(change) >= largest && largest > 0;
    if (change < 0) {
      return ChartFiles.colour(large ? 4 : 0);
    }
    return ChartFiles.colour(large ? 1 : 5);
  }
}
