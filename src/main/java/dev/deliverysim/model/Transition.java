package dev.deliverysim.model;

/** One branch of a routing choice: go to station {@code target} with probability {@code probability}. */
public record Transition(int target, double probability) {
  public Transition {
    if (target < 0) {
      throw new IllegalArgumentException("target station index must be ≥ 0, was " + target);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must lie in [0, 1], was " + probability);
    }
  }
}
