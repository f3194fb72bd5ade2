package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;

/**
 * The work that arrives: features, split into tasks, each with an effort and a size.
 *
 * @param source arrivals over time, or a backlog present from the start
 * @param tasksPerFeature law of the number of tasks, rounded up to a whole number ≥ 1
 * @param taskEffort focused hours to code one task, without AI assistance
 * @param linesPerHour changed lines produced per hour of coding effort: size = effort × this
 */
public record WorkDef(
    FeatureSource source,
    Distribution tasksPerFeature,
    Distribution taskEffort,
    double linesPerHour) {
  public WorkDef {
    if (source == null || tasksPerFeature == null || taskEffort == null) {
      throw new IllegalArgumentException("work needs a source of features, a task count and an effort");
    }
    if (!(linesPerHour > 0)) {
      throw new IllegalArgumentException("lines per hour must be > 0, was " + linesPerHour);
    }
  }
}
