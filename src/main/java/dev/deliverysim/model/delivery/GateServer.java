package dev.deliverysim.model.delivery;

/**
 * Who or what serves a gate: a number of machines (CI runners), people with a named skill (QA,
 * an application-security team), or nobody at all — a pure delay that every PR spends in parallel
 * (a soak in staging, a change-advisory wait), with no queue.
 */
public sealed interface GateServer {
  /** An automated gate: up to {@code count} passes at once; the rest wait. */
  record Machines(int count) implements GateServer {
    public Machines {
      if (count < 1) {
        throw new IllegalArgumentException("machines must be ≥ 1, was " + count);
      }
    }
  }

  /** A gate served by people with {@code skill}, one PR each at a time. */
  record People(Skill skill) implements GateServer {
    public People {
      if (skill == null || skill.equals(Skill.CODE) || skill.equals(Skill.REVIEW)) {
        throw new IllegalArgumentException("a gate's skill must be one of its own (test, security, …),"
            + " not code or review, was " + skill);
      }
    }
  }

  /** A pure delay: every PR spends its duration there at once, and nobody is busy. */
  record Delay() implements GateServer {}
}
