package dev.deliverysim.experiment.sweep;

import dev.deliverysim.experiment.Summary;
import java.util.List;

/**
 * One finished point of a sweep: its number, its parameter values and what its replications
 * gave. Only the summary is kept; the replications are dropped once summarised, so memory does
 * not grow with the replications or the points.
 */
public record PointResult(int point, List<String> values, Summary summary, Bottleneck bottleneck) {
  public PointResult {
    values = List.copyOf(values);
  }
}
