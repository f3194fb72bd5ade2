package dev.deliverysim.model.delivery;

/**
 * Rhythms that batch work. Release trains: with {@code deployEveryHours} > 0 a merged PR waits for
 * the next train, and each train deploys everything waiting; 0 deploys every PR as it merges.
 * Sprints: with {@code sprintHours} > 0, work is committed only at sprint planning, at most {@code
 * tasksPerSprint} tasks each time; 0 lets developers pull new work whenever they are free.
 *
 * <p>How much a sprint commits: {@link Commit#FIXED} keeps {@code tasksPerSprint} whatever happens
 * (planning unchanged); {@link Commit#VELOCITY} commits the mean number of tasks done in the last
 * {@code velocityWindow} sprints (yesterday's weather), {@code tasksPerSprint} until a sprint has ended.
 */
public record CadenceDef(double deployEveryHours, double sprintHours, int tasksPerSprint, Commit commit,
    int velocityWindow) {
  public static final CadenceDef CONTINUOUS = new CadenceDef(0, 0, 0);

  /** How a sprint's commitment is set. */
  public enum Commit { FIXED, VELOCITY }

  /** A fixed commitment. */
  public CadenceDef(double deployEveryHours, double sprintHours, int tasksPerSprint) {
    this(deployEveryHours, sprintHours, tasksPerSprint, Commit.FIXED, 3);
  }

  public CadenceDef {
    if (commit == null || velocityWindow < 1) {
      throw new IllegalArgumentException("a commitment rule and a velocity window of at least one sprint");
    }
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
