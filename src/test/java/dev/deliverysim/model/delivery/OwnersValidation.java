package dev.deliverysim.model.delivery;

import static dev.deliverysim.model.delivery.Averages.mean;
import static dev.deliverysim.model.delivery.Averages.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Code owners, reduced until the answer is exact: reviews of a fixed hour, coders who never
 * review, a team of reviewers and a team of owners.
 */
class OwnersValidation {
  private static final long SEED = 20_261_202L;
  private static final StopRule STOP = new StopRule(10_000, 0, 500, false);
  /** One PR every 2 h, each reviewed for exactly an hour: half a reviewer's hour per hour. */
  private static final double REVIEW_LOAD = 0.5;

  @Test
  void prsThatAllNeedAnOwnerAreReviewedByOwnersAlone() {
    for (ReviewProcess process : List.of(ReviewProcess.POOL_AT_JOB_END, assigned())) {
      List<Reported> runs = replicate(organisation(1, process));
      assertEquals(0, mean(runs, r -> r.get("hours_review@reviewers")), 0, "reviewers review nothing, " + process);
      near(REVIEW_LOAD / 2, mean(runs, r -> r.get("hours_review@owners")), 0.03, "each owner's share of the load");
    }
  }

  /** Half the PRs need an owner; owners also take the others when free (a pool, reviews first). */
  @Test
  void aShareOfPrsNeedsOwnersAndTheRestGoesToAnyone() {
    List<Reported> runs = replicate(organisation(0.5, ReviewProcess.POOL_AT_JOB_END));
    double owners = 2 * mean(runs, r -> r.get("hours_review@owners"));
    double reviewers = 3 * mean(runs, r -> r.get("hours_review@reviewers"));
    near(REVIEW_LOAD, owners + reviewers, 0.03, "all review hours");
    assertTrue(owners >= REVIEW_LOAD / 2 * 0.97, "owners do at least the half that needs them: " + owners);
    assertTrue(reviewers > 0.05, "reviewers take some of the rest: " + reviewers);
  }

  private static ReviewProcess assigned() {
    return new ReviewProcess(ReviewProcess.Assignment.ASSIGNED, ReviewProcess.AssignBy.LEAST_LOADED,
        ReviewProcess.Pickup.JOB_END, 8.0 / 3, 1.5, 0.25);
  }

  private static DeliveryDef organisation(double share, ReviewProcess process) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(2)), new Fixed(1), new Exponential(1), 10);
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 3, Set.of(Skill.REVIEW), 1), new TeamDef("owners", 2, Set.of(Skill.REVIEW), 1));
    ReviewDef review = new ReviewDef(1e12, 1, 0, 1000).withProcess(process).withOwners(new OwnersDef("owners", share));
    return DeliveryDef.builder(work, teams, new QualityDef(0, 0.1), review, AiDef.NONE, Policy.REVIEW_FIRST).build();
  }

  private static List<Reported> replicate(DeliveryDef def) {
    return Averages.replicate(def, STOP, SEED, 4);
  }
}
