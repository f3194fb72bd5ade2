package dev.deliverysim.model.delivery;

import static dev.deliverysim.model.delivery.Averages.mean;
import static dev.deliverysim.model.delivery.Averages.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How reviewers treat AI PRs, and reviews that saturate, reduced until the answer is exact: every
 * task assisted, no defects, reviewers idle enough that nobody waits for them.
 */
class AiReviewValidation {
  private static final long SEED = 20_261_203L;
  private static final StopRule STOP = new StopRule(10_000, 0, 500, false);

  /** Reviewers put every AI PR off for exactly d hours, and are otherwise free: pickup is d. */
  @Test
  void aPutOffAiPrIsPickedUpExactlyWhenItsDelayEnds() {
    double d = 5.5;
    List<Reported> runs = replicate(organisation(new AiReviewDef(new Fixed(d), 0), new ReviewDef(1e12, 0, 0, 1000)));
    assertEquals(d, mean(runs, r -> r.get("review_pickup_mean")), 1e-6, "pickup of a put-off AI PR");
  }

  /**
   * A review of a defect-free AI PR asks for changes with probability c anyway: rounds of review
   * are geometric, 1 / (1 − c) per PR, and the share of reviews asking for changes is c.
   */
  @Test
  void changeRequestsWithoutDefectsMakeGeometricRoundsOfReview() {
    double c = 0.35;
    List<Reported> runs = replicate(organisation(new AiReviewDef(new Fixed(0), c), new ReviewDef(1e12, 0, 0, 1000)));
    near(1 / (1 - c), mean(runs, r -> r.get("reviews_per_pr")), 0.02, "reviews per PR, 1/(1 − c)");
    near(c, mean(runs, r -> r.get("changes_requested_share")), 0.03, "share of reviews asking for changes, c");
  }

  /**
   * A review closes a defect-free AI PR unmerged with probability x, and its author opens a new
   * one: PRs opened per PR merged are geometric, 1 / (1 − x), and closed per merged x / (1 − x).
   */
  @Test
  void prsClosedUnmergedAreOpenedAgainUntilOneMerges() {
    double x = 0.4;
    List<Reported> runs = replicate(organisation(new AiReviewDef(new Fixed(0), 0, x, 0.5), new ReviewDef(1e12, 0, 0, 1000)));
    near(1 / (1 - x), mean(runs, r -> r.get("prs_opened") / r.get("prs_merged")), 0.03, "PRs opened per merge, 1/(1 − x)");
    near(x / (1 - x), mean(runs, r -> r.get("prs_closed_unmerged") / r.get("prs_merged")), 0.05,
        "PRs closed per merge, x/(1 − x)");
  }

  /** Reviews of 2 h capped at 30 min: every PR takes exactly the cap. */
  @Test
  void aReviewPastItsMaximumEffortStopsAtTheCap() {
    ReviewDef review = new ReviewDef(1e12, 2, 0, 1000).withMaxEffort(0.5);
    List<Reported> runs = replicate(organisation(AiReviewDef.NONE, review));
    assertEquals(0.5, mean(runs, r -> r.get("review_hours_per_pr")), 0.5 * 0.01, "review effort per PR");
    assertEquals(0.25, review.skimmed(2), 1e-12, "detection falls in proportion: cap ÷ effort");
    assertEquals(1, review.skimmed(0.5), 0, "a review within the cap is not skimmed");
  }

  private static DeliveryDef organisation(AiReviewDef aiReview, ReviewDef review) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(4)), new Fixed(1), new Exponential(1), 10);
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1));
    AiDef ai = new AiDef(1, 1, 1, 1, 1, 0, 0).withReview(aiReview);
    return DeliveryDef.builder(work, teams, new QualityDef(0, 0.1), review, ai, Policy.REVIEW_FIRST).build();
  }

  private static List<Reported> replicate(DeliveryDef def) {
    return Averages.replicate(def, STOP, SEED, 4);
  }
}
