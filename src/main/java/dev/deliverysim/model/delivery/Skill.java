package dev.deliverysim.model.delivery;

/** What a person can do. */
public enum Skill {
  /** Write and rework code (and so author pull requests). */
  CODE,
  /** Review other people's pull requests. */
  REVIEW,
  /** Test at a people-served gate (QA). */
  TEST
}
