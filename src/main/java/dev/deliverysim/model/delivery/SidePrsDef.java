package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;
import java.util.Set;

/**
 * The extra pull requests an assistant makes beside an assisted task's own: tests, refactors,
 * dependency bumps. They belong to the task (it is done when they are deployed too), are AI code
 * (their size is their effort × lines per hour × the AI PR-size multiplier, their defects injected
 * at the AI rate) and may skip human review.
 *
 * @param perTask law of the number of side PRs per assisted task, rounded to the nearest whole
 *     number ≥ 0 (a mean of 0.6 means 0 or 1 mostly)
 * @param effort the author's focused effort on one side PR, with the assistant
 * @param reviewed whether a side PR asks for human review; if not, it goes straight to the gates
 * @param skipGates names of the gates a side PR passes untouched (a manual QA pass is not run on a
 *     test-only PR or a dependency bump)
 */
public record SidePrsDef(Distribution perTask, Distribution effort, boolean reviewed, Set<String> skipGates) {
  public static final SidePrsDef NONE = new SidePrsDef(new Fixed(0), new Fixed(0), true);

  /** Side PRs that pass every gate. */
  public SidePrsDef(Distribution perTask, Distribution effort, boolean reviewed) {
    this(perTask, effort, reviewed, Set.of());
  }

  public SidePrsDef {
    if (perTask == null || effort == null || skipGates == null) {
      throw new IllegalArgumentException("side PRs need a count per task, an effort and the gates they skip");
    }
    skipGates = Set.copyOf(skipGates);
  }

  /** Whether assisted tasks make side PRs at all. */
  public boolean any() {
    return !(perTask instanceof Fixed f && f.value() < 0.5);
  }
}
