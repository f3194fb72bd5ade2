package dev.deliverysim.model.delivery;

/**
 * AI assistance. Each task is assisted with probability {@code adoption}; an assisted task's
 * effort, size and defect rate are scaled by the multipliers, and so is its review effort. AI
 * pre-review, when on, checks every PR before human review: it finds each defect with {@code
 * preReviewDetection} and removes {@code preReviewEffortSaved} of the human review effort.
 * Every effect is independent: 1 (or 0) means "no effect".
 *
 * <p>With a ramp ({@code rampHours} > 0) adoption grows linearly from 0 to {@code adoption} over
 * {@code rampHours}, and the coding-effort multiplier of an assisted task moves linearly from
 * {@code learningDip} (above 1: slower while people learn) to {@code codingEffort} over
 * {@code learningHours} (by default the same): the J-curve, its adoption and learning curves apart.
 * Both are read when a task is created. {@code review} says how reviewers treat assisted PRs;
 * {@code sidePrs}, the extra PRs an assistant makes beside an assisted task.
 */
public record AiDef(
    double adoption,
    double codingEffort,
    double prSize,
    double defectInjection,
    double reviewEffort,
    double preReviewDetection,
    double preReviewEffortSaved,
    double rampHours,
    double learningDip,
    double learningHours,
    AiReviewDef review,
    SidePrsDef sidePrs) {

  public static final AiDef NONE = new AiDef(0, 1, 1, 1, 1, 0, 0);

  /** AI at full effect from the start, with no ramp. */
  public AiDef(double adoption, double codingEffort, double prSize, double defectInjection,
      double reviewEffort, double preReviewDetection, double preReviewEffortSaved) {
    this(adoption, codingEffort, prSize, defectInjection, reviewEffort, preReviewDetection,
        preReviewEffortSaved, 0, codingEffort);
  }

  /** AI whose PRs reviewers treat like any other, apart from their size and review effort. */
  public AiDef(double adoption, double codingEffort, double prSize, double defectInjection,
      double reviewEffort, double preReviewDetection, double preReviewEffortSaved, double rampHours,
      double learningDip) {
    this(adoption, codingEffort, prSize, defectInjection, reviewEffort, preReviewDetection,
        preReviewEffortSaved, rampHours, learningDip, AiReviewDef.NONE);
  }

  /** AI with its review effects and no side PRs. */
  public AiDef(double adoption, double codingEffort, double prSize, double defectInjection,
      double reviewEffort, double preReviewDetection, double preReviewEffortSaved, double rampHours,
      double learningDip, AiReviewDef review) {
    this(adoption, codingEffort, prSize, defectInjection, reviewEffort, preReviewDetection,
        preReviewEffortSaved, rampHours, learningDip, review, SidePrsDef.NONE);
  }

  /** AI with its review effects and side PRs, people learning over the adoption ramp. */
  public AiDef(double adoption, double codingEffort, double prSize, double defectInjection,
      double reviewEffort, double preReviewDetection, double preReviewEffortSaved, double rampHours,
      double learningDip, AiReviewDef review, SidePrsDef sidePrs) {
    this(adoption, codingEffort, prSize, defectInjection, reviewEffort, preReviewDetection,
        preReviewEffortSaved, rampHours, learningDip, rampHours, review, sidePrs);
  }

  /** The same AI, its PRs treated by reviewers as {@code newReview} says. */
  public AiDef withReview(AiReviewDef newReview) {
    return new AiDef(adoption, codingEffort, prSize, defectInjection, reviewEffort, preReviewDetection,
        preReviewEffortSaved, rampHours, learningDip, learningHours, newReview, sidePrs);
  }

  /** The same AI, making {@code side} beside each assisted task. */
  public AiDef withSidePrs(SidePrsDef side) {
    return new AiDef(adoption, codingEffort, prSize, defectInjection, reviewEffort, preReviewDetection,
        preReviewEffortSaved, rampHours, learningDip, learningHours, review, side);
  }

  public AiDef {
    if (review == null || sidePrs == null) {
      throw new IllegalArgumentException("AI needs its review effects and side PRs (or their NONE)");
    }
    if (!(rampHours >= 0) || !(learningDip > 0) || !(learningHours >= 0)) {
      throw new IllegalArgumentException("the ramp and the learning must be ≥ 0 long and the learning dip > 0");
    }
    if (!(adoption >= 0 && adoption <= 1)) {
      throw new IllegalArgumentException("adoption must lie in [0, 1], was " + adoption);
    }
    if (!(codingEffort > 0) || !(prSize > 0) || !(defectInjection >= 0) || !(reviewEffort > 0)) {
      throw new IllegalArgumentException("AI multipliers must be > 0 (defect injection ≥ 0)");
    }
    if (!(preReviewDetection >= 0 && preReviewDetection <= 1)
        || !(preReviewEffortSaved >= 0 && preReviewEffortSaved < 1)) {
      throw new IllegalArgumentException("pre-review detection in [0, 1], effort saved in [0, 1)");
    }
  }

  /** Share of tasks created at time {@code t} that are assisted. */
  public double adoptionAt(double t) {
    return adoption * share(t, rampHours);
  }

  /** Coding-effort multiplier of an assisted task created at time {@code t}. */
  public double codingEffortAt(double t) {
    return learningDip + (codingEffort - learningDip) * share(t, learningHours);
  }

  private static double share(double t, double over) {
    return over <= 0 ? 1 : Math.min(1, t / over);
  }

  public boolean preReview() {
    return preReviewDetection > 0 || preReviewEffortSaved > 0;
  }
}
