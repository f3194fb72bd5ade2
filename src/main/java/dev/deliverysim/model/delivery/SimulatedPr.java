package dev.deliverysim.model.delivery;

import java.util.List;

/**
 * One pull request of a simulated replication, as a team's tools would have recorded it: who wrote
 * it, how large it was, when it moved between coding and review, each review and whether it asked
 * for changes, and when it was merged. Times are the simulation's clock (working hours from the
 * start); only PRs merged by the horizon are kept.
 *
 * @param id the PR's number in the replication (0, 1, … in creation order)
 * @param author the author's index among the organisation's people
 * @param lines changed lines
 * @param steps entries into {@code coding} (first coding, and rework a review asked for) and
 *     {@code review} (asking for review), in order
 * @param reviews every human review, in order
 */
public record SimulatedPr(int id, int author, double lines, double merged, List<Step> steps, List<Review> reviews) {
  public SimulatedPr {
    steps = List.copyOf(steps);
    reviews = List.copyOf(reviews);
  }

  /** The PR entered {@code state} ({@code coding} or {@code review}) at {@code at}. */
  public record Step(String state, double at) {}

  /** Person {@code reviewer} submitted a review at {@code at}; it asked for changes, or approved. */
  public record Review(int reviewer, double at, boolean changesRequested) {}

  /** When coding started: the first step. */
  public double codingStarted() {
    return steps.get(0).at();
  }

  /** When it first asked for review (the PR was opened), or NaN when it never did. */
  public double opened() {
    return steps.stream().filter(s -> s.state().equals("review")).mapToDouble(Step::at).findFirst().orElse(Double.NaN);
  }
}
