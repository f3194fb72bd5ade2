package dev.deliverysim.report;

import dev.deliverysim.experiment.sweep.PointBottleneck;
import java.io.IOException;
import java.util.List;

/**
 * Which charts a sweep gets, by the shape of its grid: one parameter of numbers, a line chart of
 * each stage's level and a stacked chart of bottleneck shares along it; one parameter of other
 * values (policies, durations), a bar per value; two parameters, heatmaps. Each shows the
 * throughput beside the bottleneck. A grid of three or more parameters has no chart.
 */
public final class SweepCharts {
  private SweepCharts() {}

  public static List<FlowCharts.Drawn> write(ResultsWriter out, List<String> paths, List<PointBottleneck> points,
      String scenario) throws IOException {
    if (points.isEmpty()) {
      return List.of();
    }
    if (paths.size() == 1 && numeric(points)) {
      return List.of(BottleneckChart.write(out, paths.get(0), points, scenario),
          BottleneckShareChart.write(out, paths.get(0), points, scenario));
    }
    if (paths.size() == 1) {
      return List.of(CategorySweepChart.write(out, paths.get(0), points, scenario));
    }
    if (paths.size() == 2) {
      return SweepHeatmaps.write(out, paths, points, scenario);
    }
    return List.of();
  }

  /** A plain decimal number: not Java's {@code 1d} or {@code 2f}, which are durations and words here. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  /** Whether every swept value is a plain number. */
  static boolean numeric(List<PointBottleneck> points) {
    return points.stream().allMatch(p -> NUMBER.matcher(p.values().get(0).trim()).matches());
  }
}
