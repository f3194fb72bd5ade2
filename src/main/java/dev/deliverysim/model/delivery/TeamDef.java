package dev.deliverysim.model.delivery;

import java.util.Set;

/**
 * A group of interchangeable people.
 *
 * @param focus share of working time left for the work modelled here, after meetings and
 *     interruptions, in (0, 1]; a task of e hours of effort takes e / focus hours of a person's time
 */
public record TeamDef(String name, int headcount, Set<Skill> skills, double focus) {
  public TeamDef {
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
  }
}
