package dev.deliverysim.model.delivery;

import java.util.Set;

/**
 * A group of interchangeable people.
 *
 * @param focus share of working time left for the work modelled here, after meetings and
 *     interruptions, in (0, 1], for a person working alone
 * @param meetingsPerTeammate share of working time each additional teammate costs everyone in
 *     coordination (Brooks: a team of n has n − 1 channels per person)
 * @param codingEffort multiplier of the coding effort of the PRs this team's members write: above
 *     1 for people who code slower than the task's estimate (newcomers), below 1 for faster ones
 */
public record TeamDef(String name, int headcount, Set<Skill> skills, double focus, double meetingsPerTeammate,
    double codingEffort) {
  /** The least focus coordination can leave: a team never spends all its time in meetings. */
  public static final double MINIMUM_FOCUS = 0.05;

  /** A team whose coordination cost does not grow with its size. */
  public TeamDef(String name, int headcount, Set<Skill> skills, double focus) {
    this(name, headcount, skills, focus, 0);
  }

  /** A team that codes at the tasks' own pace. */
  public TeamDef(String name, int headcount, Set<Skill> skills, double focus, double meetingsPerTeammate) {
    this(name, headcount, skills, focus, meetingsPerTeammate, 1);
  }

  public TeamDef {
    if (!(meetingsPerTeammate >= 0 && meetingsPerTeammate < 1)) {
      throw new IllegalArgumentException("meetings per teammate must lie in [0, 1), was " + meetingsPerTeammate);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a team needs a name");
    }
    if (headcount < 1) {
      throw new IllegalArgumentException("headcount must be ≥ 1, was " + headcount);
    }
    skills = Set.copyOf(skills);
    if (skills.isEmpty()) {
      throw new IllegalArgumentException("team " + name + " needs at least one skill");
    }
    if (!(focus > 0 && focus <= 1)) {
      throw new IllegalArgumentException("focus must lie in (0, 1], was " + focus);
    }
    if (!(codingEffort > 0) || Double.isInfinite(codingEffort)) {
      throw new IllegalArgumentException("a team's coding effort multiplier must be > 0, was " + codingEffort);
    }
  }

  /**
   * Focus once this team's size is counted: {@code focus − meetingsPerTeammate × (headcount − 1)},
   * never below {@link #MINIMUM_FOCUS}. A task of e hours of effort takes e / this hours.
   */
  public double effectiveFocus() {
    return Math.max(MINIMUM_FOCUS, focus - meetingsPerTeammate * (headcount - 1));
  }
}
