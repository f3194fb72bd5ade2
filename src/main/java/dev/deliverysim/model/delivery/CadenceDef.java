package dev.deliverysim.model.delivery;

/**
 * Rhythms that batch work. Release trains: with {@code deployEveryHours} > 0 a merged PR waits for
 * the next train, and each train deploys everything waiting; 0 deploys every PR as it merges.
 * Sprints: with {@code sprintHours} > 0, work is committed only at sprint planning, at most {@code
 * tasksPerSprint} tasks each time; 0 lets developers pull new work whenever they are free.
 */
public record CadenceDef(double deployEveryHours, double sprintHours, int tasksPerSprint) {
  public static final CadenceDef CONTINUOUS = new CadenceDef(0, 0, 0);

  public CadenceDef {
    if (!(deployEveryHours >= 0) || Double.isInfinite(deployEveryHours)) {
      throw new IllegalArgumentException("the deploy interval must be ≥ 0 (0: continuous), was " + deployEveryHours);
    }
    if (!(sprintHours >= 0) || Double.isInfinite(sprintHours)) {
      throw new IllegalArgumentException("the sprint length must be ≥ 0 (0: no sprints), was " + sprintHours);
    }
    if (sprintHours > 0 && tasksPerSprint < 1) {
      throw new IllegalArgumentException("a sprint commits at least one task, was " + tasksPerSprint);
    }
  }

  public boolean releaseTrains() {
    return deployEveryHours > 0;
  }

  public boolean sprints() {
    return sprintHours > 0;
  }
}
