package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * How review requests reach reviewers, reduced until theory gives the answer. PRs come from eight
 * coders (exponential effort, load 6%: an M/M/8 whose departures are Poisson, by Burke's theorem)
 * and go to one reviewer who does nothing else.
 */
class ReviewProcessValidation {
  private static final long SEED = 20_261_202L;
  private static final double LAMBDA = 0.5;
  private static final StopRule STOP = new StopRule(40_000, 0, 1_000, false);

  /**
   * Sessions every T working hours at a random phase, reviews that take no time: a PR asking at a
   * Poisson instant waits for the next session, uniform on (0, T) — on average T / 2.
   */
  @Test
  void anIdleReviewerInSessionsPicksUpAfterHalfThePeriodOnAverage() {
    double period = 2;
    ReviewProcess sessions = new ReviewProcess(ReviewProcess.Assignment.POOL, ReviewProcess.AssignBy.LEAST_LOADED,
        ReviewProcess.Pickup.SESSIONS, period, 100, 0);
    List<Reported> runs = replicate(organisation(new ReviewDef(1e12, 0, 0, 1000).withProcess(sessions)));
    near(period / 2, mean(runs, r -> r.get("review_pickup_mean")), 0.03, "pickup, T/2");
    near(period / 2, mean(runs, r -> r.get("review_pickup_p50")), 0.05, "median pickup, T/2");
  }

  /**
   * Reviews of a fixed 1.2 h by one reviewer at job end: an M/D/1 queue, whose wait is
   * Pollaczek–Khinchine's ρ / (2μ(1 − ρ)) (GSTH §5.1.1). Assigning every PR to that reviewer
   * changes nothing: the same trajectory, number for number.
   */
  @Test
  void oneReviewerAssignedEveryPrIsTheSameMd1QueueAsAPool() {
    double service = 1.2;
    ReviewDef pool = new ReviewDef(1e12, service, 0, 1000);
    ReviewDef assigned = pool.withProcess(new ReviewProcess(ReviewProcess.Assignment.ASSIGNED,
        ReviewProcess.AssignBy.RANDOM, ReviewProcess.Pickup.JOB_END, 1, 1, 0));
    List<Reported> runs = replicate(organisation(pool));
    double rho = LAMBDA * service;
    near(rho / (2 / service * (1 - rho)), mean(runs, r -> r.get("wait_mean@review")), 0.04, "M/D/1 wait, Wq");
    near(rho, mean(runs, r -> r.get("utilisation@reviewer")), 0.02, "reviewer utilisation, ρ");
    DeliveryModel a = new DeliveryModel(organisation(pool), STOP, dev.deliverysim.model.OutputUnit.HOURS);
    DeliveryModel b = new DeliveryModel(organisation(assigned), STOP, dev.deliverysim.model.OutputUnit.HOURS);
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(a.replicate(SEED, i).values(), b.replicate(SEED, i).values(), "replication " + i);
    }
  }

  private static DeliveryDef organisation(ReviewDef review) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(1 / LAMBDA)), new Fixed(1), new Exponential(1), 1);
    List<TeamDef> teams = List.of(new TeamDef("coders", 8, Set.of(Skill.CODE), 1),
        new TeamDef("reviewer", 1, Set.of(Skill.REVIEW), 1));
    return DeliveryDef.builder(work, teams, new QualityDef(0, 0), review, AiDef.NONE, Policy.REVIEW_FIRST).build();
  }

  private static List<Reported> replicate(DeliveryDef def) {
    return Averages.replicate(def, STOP, SEED, 6);
  }
}
