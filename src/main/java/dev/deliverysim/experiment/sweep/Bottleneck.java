package dev.deliverysim.experiment.sweep;

import dev.deliverysim.experiment.Summary;
import java.util.List;

/**
 * Where the constraint sits at one point: one level per station and which station has the
 * highest. For a queueing network the level is the station's mean utilisation; for a delivery
 * organisation it is the {@code bottleneck@stage} share (how often the stage had the longest
 * queue), because its people share stages and a stage has no utilisation of its own.
 *
 * @param metric the metric compared: {@code utilisation} or {@code bottleneck}
 * @param bottleneck the station with the highest level (the first on a tie), or "" if none measured
 */
public record Bottleneck(String metric, List<Level> levels, String bottleneck) {
  /** One station's mean level. */
  public record Level(String station, double mean) {}

  public Bottleneck {
    levels = List.copyOf(levels);
  }

  /** Reads the levels from a point's summary; {@code delivery} chooses which metric. */
  public static Bottleneck of(Summary summary, boolean delivery) {
    String metric = delivery ? "bottleneck" : "utilisation";
    List<Level> levels = summary.metrics().stream()
        .filter(m -> m.key().name().equals(metric) && !m.key().station().isEmpty()
            && m.key().jobClass().isEmpty())
        .map(m -> new Level(m.key().station(), m.mean()))
        .toList();
    String top = "";
    double best = Double.NEGATIVE_INFINITY;
    for (Level level : levels) {
      if (Double.isFinite(level.mean()) && level.mean() > best) {
        best = level.mean();
        top = level.station();
      }
    }
    return new Bottleneck(metric, levels, top);
  }
}
