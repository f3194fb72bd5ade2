package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricDifference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The forest plot of a comparison: for each headline metric, each variant's change from the base
 * in percent, with its paired 95% interval. Percent, because the metrics have different units;
 * a metric whose base mean is zero has no percentage and is left out.
 */
public final class ForestChart {
  private ForestChart() {}

  public static FlowCharts.Drawn write(ResultsWriter dir, String base, Map<String, List<MetricDifference>> byVariant,
      List<String> labels) throws IOException {
    List<String> rows = new ArrayList<>();
    List<String> shown = new ArrayList<>(); // each row by its label for people, its unit included
    for (String label : labels) {
      byVariant.values().stream().flatMap(List::stream)
          .filter(d -> d.key().label().equals(label) && Double.isFinite(d.relativeChange())).findFirst()
          .ifPresent(d -> {
            rows.add(label);
            shown.add(MetricWords.label(d.key()));
          });
    }
    RowsChart chart = new RowsChart("Change from " + base + ", with paired 95% intervals",
        "change from " + base + " (%)", shown);
    int variants = byVariant.size();
    int v = 0;
    for (Map.Entry<String, List<MetricDifference>> variant : byVariant.entrySet()) {
      double shift = variants == 1 ? 0 : 0.3 - 0.6 * v / (variants - 1);
      List<double[]> points = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        for (MetricDifference d : variant.getValue()) {
          if (d.key().label().equals(rows.get(r)) && Double.isFinite(d.relativeChange())) {
            double y = chart.y(r, shift);
            if (Double.isFinite(d.relativeLow())) {
              chart.segment(variant.getKey(), 100 * d.relativeLow(), 100 * d.relativeHigh(), y,
                  ChartFiles.colour(v), 2.5f, false);
            }
            points.add(new double[] {100 * d.relativeChange(), y});
          }
        }
      }
      chart.points(variant.getKey(), ChartFiles.column(points, 0), ChartFiles.column(points, 1),
          ChartFiles.colour(v), SeriesMarkers.DIAMOND);
      v++;
    }
    byte[] png = ChartFiles.write(dir, "forest", chart.chart());
    return new FlowCharts.Drawn(png, "Forest plot",
        "Each variant's change from " + base + " for each headline metric, in percent of the base"
            + " mean: the diamond is the estimate, the line its 95% interval, paired on common random"
            + " numbers. An interval that does not cross zero is a change the replications can tell"
            + " from noise.");
  }
}
