package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.model.Timeline;

/**
 * A check after review, one stage of the pipeline: served by machines (CI), by people with a
 * skill (QA, security), or a pure delay. It finds each remaining defect with a probability; found
 * defects go back to the author, and the fixed PR comes back to this gate.
 *
 * @param duration time (machines, delay) or focused effort (people) of one pass
 * @param flakiness chance that an automated pass fails for no reason and has to run again
 * @param skipBelowLines a PR smaller than this many changed lines passes the gate untouched (0: none
 *     does) — a manual test pass is not run on a one-line change
 * @param per what one pass is charged for: every PR, or once per task or per feature
 */
public record GateDef(String name, GateServer server, Distribution duration, double detection, double flakiness,
    double skipBelowLines, Per per) implements StageDef {
  /**
   * What a gate charges a pass for. {@code PR}: every PR, every time it arrives. {@code TASK},
   * {@code FEATURE}: the first PR of a task (a feature) to arrive takes a whole pass; every other
   * PR of it is checked for defects in no time on its first arrival — one manual test of a task,
   * one acceptance run of a feature. A PR that comes back after rework or a flaky run is tested
   * again, a pass of its own. Work outside features (chores, bug fixes) is charged per task.
   */
  public enum Per { PR, TASK, FEATURE }

  /** A gate every PR passes through, each charged a pass. */
  public GateDef(String name, GateServer server, Distribution duration, double detection, double flakiness) {
    this(name, server, duration, detection, flakiness, 0, Per.PR);
  }

  /** A gate small PRs skip, each other PR charged a pass. */
  public GateDef(String name, GateServer server, Distribution duration, double detection, double flakiness,
      double skipBelowLines) {
    this(name, server, duration, detection, flakiness, skipBelowLines, Per.PR);
  }

  /** A gate served by {@code machines} runners, or by testers when {@code machines} is 0. */
  public GateDef(String name, int machines, Distribution duration, double detection, double flakiness) {
    this(name, machines > 0 ? new GateServer.Machines(machines) : new GateServer.People(Skill.TEST),
        duration, detection, flakiness);
  }

  public GateDef {
    if (name == null || name.isBlank() || duration == null || server == null) {
      throw new IllegalArgumentException("a gate needs a name, a server and a duration");
    }
    if (!(detection >= 0 && detection <= 1) || !(flakiness >= 0 && flakiness < 1)) {
      throw new IllegalArgumentException("detection must lie in [0, 1] and flakiness in [0, 1)");
    }
    if (!(skipBelowLines >= 0) || Double.isInfinite(skipBelowLines)) {
      throw new IllegalArgumentException("the size below which PRs skip a gate must be ≥ 0, was " + skipBelowLines);
    }
    if (per == null) {
      throw new IllegalArgumentException("a gate needs what a pass is charged for (PR, TASK or FEATURE)");
    }
    if (!(server instanceof GateServer.Machines) && flakiness > 0) {
      throw new IllegalArgumentException("only an automated gate (machines ≥ 1) can be flaky");
    }
  }

  /** Served by machines. */
  public boolean automated() {
    return server instanceof GateServer.Machines;
  }

  /** The number of machines; 0 when people or nobody serve it. */
  public int machines() {
    return server instanceof GateServer.Machines m ? m.count() : 0;
  }

  /** A pure delay: no queue, nobody busy. */
  public boolean delay() {
    return server instanceof GateServer.Delay;
  }

  /** Whether people with {@code skill} serve this gate. */
  public boolean servedBy(Skill skill) {
    return server instanceof GateServer.People p && p.skill().equals(skill);
  }

  @Override
  public String activity() {
    return server instanceof GateServer.People p ? p.skill().activity() : "";
  }

  @Override
  public Timeline.State waitingState() {
    return Timeline.State.queue(name);
  }

  @Override
  public Timeline.State activeState() {
    return Timeline.State.active(name, name);
  }
}
