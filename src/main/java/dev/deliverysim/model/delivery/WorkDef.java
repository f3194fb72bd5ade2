package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;

/**
 * The work that arrives: features, split into tasks, each coded as one or more pull requests
 * that share its effort; a task is done when all its PRs are deployed, a feature when all its tasks are.
 *
 * @param source arrivals over time, or a backlog present from the start
 * @param tasksPerFeature law of the number of tasks, rounded up to a whole number ≥ 1
 * @param taskEffort focused hours to code one task, without AI assistance
 * @param linesPerHour changed lines produced per hour of coding effort: size = effort × this
 * @param prsPerTask law of the number of PRs a task is split into, rounded up to a whole number ≥ 1;
 *     each PR carries an equal share of the task's effort (and so of its size)
 * @param choreEffort null for none; otherwise a developer with no feature work to start takes up a
 *     chore — tech debt, tooling, a fix nobody planned: a task of one PR, outside every feature,
 *     whose coding effort (without AI) follows this law
 */
public record WorkDef(
    FeatureSource source,
    Distribution tasksPerFeature,
    Distribution taskEffort,
    double linesPerHour,
    Distribution prsPerTask,
    Distribution choreEffort) {
  /** One PR per task, no chores. */
  public WorkDef(FeatureSource source, Distribution tasksPerFeature, Distribution taskEffort, double linesPerHour) {
    this(source, tasksPerFeature, taskEffort, linesPerHour, new Fixed(1));
  }

  /** No chores. */
  public WorkDef(FeatureSource source, Distribution tasksPerFeature, Distribution taskEffort, double linesPerHour,
      Distribution prsPerTask) {
    this(source, tasksPerFeature, taskEffort, linesPerHour, prsPerTask, null);
  }

  /** Whether developers with no feature work take up chores. */
  public boolean chores() {
    return choreEffort != null;
  }

  public WorkDef {
    if (source == null || tasksPerFeature == null || taskEffort == null || prsPerTask == null) {
      throw new IllegalArgumentException("work needs a source of features, a task count and an effort");
    }
    if (!(linesPerHour > 0)) {
      throw new IllegalArgumentException("lines per hour must be > 0, was " + linesPerHour);
    }
  }

  /** Whether some task is split into more than one PR. */
  public boolean splitsTasks() {
    return !(prsPerTask instanceof Fixed f && f.value() <= 1);
  }
}
