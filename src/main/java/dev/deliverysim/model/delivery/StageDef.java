package dev.deliverysim.model.delivery;

import dev.deliverysim.model.Timeline;

/**
 * One stage of the pipeline, where a PR can wait and then be worked on. The organisation's
 * {@link DeliveryDef#stages() stage list} is coding, review, rework, then each gate; every output
 * (metrics, timeline states, hours, the bottleneck) is generated from that list, so a stage names
 * itself only here.
 */
public sealed interface StageDef permits StageDef.Coding, ReviewDef, StageDef.Rework, GateDef {
  /** The stage's name in results: {@code wait_mean@<name>}. */
  String name();

  /**
   * The activity people's hours go to while they serve this stage ({@code hours_<activity>}); ""
   * for a stage served by machines or by nobody.
   */
  String activity();

  /** The timeline's state for PRs waiting here. */
  Timeline.State waitingState();

  /** The timeline's state for PRs being worked on here. */
  Timeline.State activeState();

  /** Waiting for a developer, then being coded: whoever starts a task becomes its author. */
  record Coding() implements StageDef {
    @Override
    public String name() {
      return "coding";
    }

    @Override
    public String activity() {
      return "coding";
    }

    @Override
    public Timeline.State waitingState() {
      return new Timeline.State("ready to code", "coding", true);
    }

    @Override
    public Timeline.State activeState() {
      return Timeline.State.active("coding", "coding");
    }
  }

  /** Fixing what review or a gate found, or resolving a merge conflict: only the author can. */
  record Rework() implements StageDef {
    @Override
    public String name() {
      return "rework";
    }

    @Override
    public String activity() {
      return "rework";
    }

    @Override
    public Timeline.State waitingState() {
      return Timeline.State.queue("rework");
    }

    @Override
    public Timeline.State activeState() {
      return Timeline.State.active("rework", "rework");
    }
  }
}
