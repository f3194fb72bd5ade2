package dev.deliverysim.model.delivery;

import static dev.deliverysim.model.delivery.Averages.mean;
import static dev.deliverysim.model.delivery.Averages.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.theory.QueueingTheory;
import dev.deliverysim.theory.StationMeasures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Organisations stripped down until queueing theory gives the answer, run through the public
 * model: the simulation must agree within a few percent, averaged over fixed-seed replications.
 *
 * <p>A single developer cannot be the whole organisation (nobody else could review their PRs), so
 * each case adds reviewers whose reviews take no time worth measuring and who never wait for
 * work.
 */
class DegenerateOrganisationTest {
  private static final long SEED = 20_261_124L;

  /**
   * One coder at focus 1, one task per feature, exponential effort, no defects, no gates and
   * reviews of ~1e-12 h by three idle reviewers: the coder is an M/M/1 server and a feature's lead
   * time is its sojourn there, exponential with rate μ − λ (GSTH §2.2).
   */
  @Test
  void aLoneCoderWithInstantReviewsIsAnMm1Queue() {
    double lambda = 0.6;
    double mu = 1.0;
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Arrivals(new Exponential(1 / lambda)), new Fixed(1), new Exponential(1 / mu), 1), List.of(new TeamDef("coder", 1, Set.of(Skill.CODE), 1),
            new TeamDef("reviewers", 3, Set.of(Skill.REVIEW), 1)), new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE, Policy.REVIEW_FIRST).build();
    List<Reported> runs = replicate(def, new StopRule(40_000, 0, 1_000, false), 8);
    StationMeasures mm1 = QueueingTheory.mm1(lambda, mu);

    near(mm1.utilisation(), mean(runs, r -> r.get("utilisation@coder")), 0.02, "coder utilisation");
    near(mm1.utilisation(), mean(runs, r -> r.get("hours_coding@coder")), 0.02, "coder hours coding");
    near(mm1.meanWait(), mean(runs, r -> r.get("wait_mean@coding")), 0.04, "wait for the coder, Wq");
    near(mm1.meanNumberInQueue(), mean(runs, r -> r.get("queue_length_mean@coding")), 0.04, "backlog length, Lq");
    near(mm1.meanSojourn(), mean(runs, r -> r.get("lead_time_mean")), 0.03, "lead time, W");
    near(mm1.meanSojourn(), mean(runs, r -> r.get("time_in_stage_mean@coding")), 0.03, "time in coding, W");
    near(Math.log(1 / 0.15) / (mu - lambda), mean(runs, r -> r.get("lead_time_p85")), 0.03, "lead time p85");
    // Cycle time starts when coding does, so it is the service time alone.
    near(1 / mu, mean(runs, r -> r.get("cycle_time_mean")), 0.02, "cycle time, 1/μ");
    near(lambda, mean(runs, r -> r.get("features_delivered")), 0.02, "throughput, λ");
  }

  /**
   * Three coders at focus 0.8 take effort/0.8 hours per task: an M/M/3 queue with μ = 0.8 per coder
   * (Erlang C, GSTH §2.3), and of each hour 0.8 × ρ goes to coding, 0.2 to meetings, the rest idle.
   */
  @Test
  void threeCodersAtPartialFocusAreAnMm3QueueWithServiceStretchedByFocus() {
    double focus = 0.8;
    double mu = focus;
    double lambda = 0.75 * 3 * mu;
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Arrivals(new Exponential(1 / lambda)), new Fixed(1), new Exponential(1), 1), List.of(new TeamDef("coders", 3, Set.of(Skill.CODE), focus),
            new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1)), new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE, Policy.OLDEST_FIRST).build();
    List<Reported> runs = replicate(def, new StopRule(20_000, 0, 1_000, false), 6);
    StationMeasures mm3 = QueueingTheory.mmc(3, lambda, mu);

    near(mm3.utilisation(), mean(runs, r -> r.get("utilisation@coders")), 0.02, "coder utilisation");
    near(focus * mm3.utilisation(), mean(runs, r -> r.get("hours_coding@coders")), 0.02, "hours coding");
    near(1 - focus, mean(runs, r -> r.get("hours_meetings@coders")), 1e-12, "hours in meetings");
    near(focus * (1 - mm3.utilisation()), mean(runs, r -> r.get("hours_idle@coders")), 0.05, "hours idle");
    near(mm3.meanWait(), mean(runs, r -> r.get("wait_mean@coding")), 0.05, "wait for a coder, Wq");
    near(mm3.meanSojourn(), mean(runs, r -> r.get("lead_time_mean")), 0.03, "lead time, W");
    near(mm3.meanSojourn(), mean(runs, r -> r.get("time_in_stage_mean@coding")), 0.03, "time in coding, W");
  }

  /**
   * Review rounds for a known defect distribution. Every PR has 1,000 lines and so Poisson(m)
   * defects; each review finds each remaining defect with probability d; a PR goes round again
   * while a review finds something. Give defect i a geometric "round it would be found in", G_i;
   * by Poisson thinning the counts N_r = #{i : G_i = r} are independent Poisson(m·d·(1−d)^(r−1)),
   * and the PR leaves after review R = min{r : N_r = 0}. So
   * E[R] = Σ_{r≥0} P(R > r) = 1 + Σ_{r≥1} Π_{j=1..r} (1 − exp(−m·d·(1−d)^(j−1))).
   * A second derivation, by recursion on the defects left, checks the first. (Rework with a fixed
   * probability p per visit, and so 1/(1 − p) visits, cannot be built from defects: a found defect
   * is removed, so each round is less likely to find one; the flaky gate below is that law.)
   */
  @Test
  void reviewRoundsPerPrFollowPoissonThinningOfTheDefects() {
    double m = 2;
    double d = 0.5;
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Arrivals(new Exponential(1)), new Fixed(1), new Fixed(1), 1000), List.of(new TeamDef("coders", 4, Set.of(Skill.CODE), 1),
            new TeamDef("reviewers", 6, Set.of(Skill.REVIEW), 1)), new QualityDef(m, 0.05), new ReviewDef(10_000, 0, d, 5_000), AiDef.NONE, Policy.OWN_WORK_FIRST).build();
    double byThinning = expectedRoundsByThinning(m, d);
    assertEquals(expectedRoundsByRecursion(m, d), byThinning, 1e-12, "the two derivations agree");

    List<Reported> runs = replicate(def, new StopRule(10_000, 0, 200, false), 3);
    near(byThinning, mean(runs, r -> r.get("reviews_per_pr")), 0.015, "reviews per PR");
    near((byThinning - 1) / byThinning, mean(runs, r -> r.get("changes_requested_share")), 0.02,
        "share of reviews requesting changes, E[R − 1] / E[R]");
  }

  static double expectedRoundsByThinning(double m, double d) {
    double expected = 1;
    double stillGoing = 1;
    for (int j = 1; j <= 200; j++) {
      stillGoing *= 1 - Math.exp(-m * d * Math.pow(1 - d, j - 1));
      expected += stillGoing;
    }
    return expected;
  }

  /** E_k = 1 + Σ_{j=1..k} C(k,j) d^j (1−d)^(k−j) E_(k−j), E_0 = 1; then average over Poisson(m). */
  static double expectedRoundsByRecursion(double m, double d) {
    int most = 80;
    double[] rounds = new double[most + 1];
    rounds[0] = 1;
    for (int k = 1; k <= most; k++) {
      double sum = 1;
      double binomial = 1;
      for (int j = 1; j <= k; j++) {
        binomial = binomial * (k - j + 1) / j;
        sum += binomial * Math.pow(d, j) * Math.pow(1 - d, k - j) * rounds[k - j];
      }
      rounds[k] = sum;
    }
    double expected = 0;
    double poisson = Math.exp(-m);
    for (int k = 0; k <= most; k++) {
      expected += poisson * rounds[k];
      poisson *= m / (k + 1);
    }
    return expected;
  }

  /**
   * A CI gate whose every pass fails for no reason with probability f runs each PR a geometric
   * number of times, 1/(1 − f) on average (QueueingTheory.meanVisitsWithRework, GSTH §4.2), so
   * its runners are busy λ·D/(c·(1 − f)) of the time.
   */
  @Test
  void aFlakyGateRunsEachPrOneOverOneMinusFTimes() {
    double lambda = 0.5;
    double flakiness = 0.4;
    double duration = 0.5;
    int machines = 2;
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Arrivals(new Exponential(1 / lambda)), new Fixed(1), new Exponential(1), 1), List.of(new TeamDef("coders", 2, Set.of(Skill.CODE), 1),
            new TeamDef("reviewers", 2, Set.of(Skill.REVIEW), 1)), new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE, Policy.REVIEW_FIRST).gates(List.of(new GateDef("ci", machines, new Fixed(duration), 0, flakiness))).build();
    double visits = QueueingTheory.meanVisitsWithRework(flakiness);
    StopRule stop = new StopRule(20_000, 0, 500, false);

    List<Reported> runs = replicate(def, stop, 6);
    near(lambda * duration * visits / machines, mean(runs, r -> r.get("utilisation@ci")), 0.025, "CI utilisation");
    double passes = 0;
    for (int i = 0; i < runs.size(); i++) {
      DeliverySimulation sim = new DeliverySimulation(def, stop, new RandomStreams(SEED, i));
      sim.run();
      passes += 1 + (double) sim.stats.get(Count.FLAKY_RERUNS) / sim.stats.get(Count.PRS_MERGED);
    }
    near(visits, passes / runs.size(), 0.025, "passes per merged PR");
  }

  private static List<Reported> replicate(DeliveryDef def, StopRule stop, int replications) {
    return Averages.replicate(def, stop, SEED, replications);
  }
}
