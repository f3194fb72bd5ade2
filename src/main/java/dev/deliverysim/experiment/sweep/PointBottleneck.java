package dev.deliverysim.experiment.sweep;

import java.util.List;

/**
 * Where the constraint sat at one point of a sweep: the point's parameter values and its
 * {@link Bottleneck}. What the sweep's charts and report are drawn from — small, so a whole sweep's
 * worth stays in memory where the points' full summaries would not.
 */
public record PointBottleneck(List<String> values, Bottleneck bottleneck) {
  public PointBottleneck {
    values = List.copyOf(values);
  }

  public static PointBottleneck of(PointResult result) {
    return new PointBottleneck(result.values(), result.bottleneck());
  }
}
