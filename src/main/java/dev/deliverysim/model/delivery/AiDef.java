package dev.deliverysim.model.delivery;

/**
 * AI assistance. Each task is assisted with probability {@code adoption}; an assisted task's
 * effort, size and defect rate are scaled by the multipliers, and so is its review effort. AI
 * pre-review, when on, checks every PR before human review: it finds each defect with {@code
 * preReviewDetection} and removes {@code preReviewEffortSaved} of the human review effort.
 * Every effect is independent: 1 (or 0) means "no effect".
 */
public record AiDef(
    double adoption,
    double codingEffort,
    double prSize,
    double defectInjection,
    double reviewEffort,
    double preReviewDetection,
    double preReviewEffortSaved) {

  public static final AiDef NONE = new AiDef(0, 1, 1, 1, 1, 0, 0);

  public AiDef {
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

  public boolean preReview() {
    return preReviewDetection > 0 || preReviewEffortSaved > 0;
  }
}
