package dev.deliverysim.model.delivery;

import static dev.deliverysim.model.delivery.Averages.mean;
import static dev.deliverysim.model.delivery.Averages.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.theory.QueueingTheory;
import dev.deliverysim.theory.StationMeasures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The stage kinds a scenario adds — a gate served by people with a skill of their own, a pure
 * delay — reduced until theory gives the answer, through the public model.
 *
 * <p>Features arrive as a Poisson stream of rate λ, one task each, coded by many coders (an
 * M/M/c whose departures are again Poisson of rate λ, by Burke's theorem) and reviewed in ~1e-12 h
 * by idle reviewers, with no defects: the first gate then sees Poisson arrivals of rate λ.
 */
class StageKindsValidation {
  private static final long SEED = 20_261_201L;
  private static final Skill SECURITY = new Skill("security");

  /**
   * One AppSec engineer at focus 1 serving the security gate with exponential passes of rate μ is
   * an M/M/1 queue (GSTH §2.2): ρ = λ/μ of their hours go to security, and PRs wait ρ/(μ − λ).
   */
  @Test
  void aSecurityTeamOfOneServingItsOwnGateIsAnMm1Queue() {
    double lambda = 0.5;
    double mu = 0.8;
    GateDef security = new GateDef("security", new GateServer.People(SECURITY), new Exponential(1 / mu), 0, 0);
    List<Reported> runs = replicate(organisation(lambda, security, new TeamDef("appsec", 1, Set.of(SECURITY), 1)));
    StationMeasures mm1 = QueueingTheory.mm1(lambda, mu);

    near(mm1.utilisation(), mean(runs, r -> r.get("utilisation@appsec")), 0.02, "AppSec utilisation, ρ");
    near(mm1.utilisation(), mean(runs, r -> r.get("hours_security@appsec")), 0.02, "AppSec hours on security");
    near(mm1.meanWait(), mean(runs, r -> r.get("wait_mean@security")), 0.05, "wait for AppSec, Wq");
    near(mm1.meanNumberInQueue(), mean(runs, r -> r.get("queue_length_mean@security")), 0.05, "security queue, Lq");
    near(mm1.meanSojourn(), mean(runs, r -> r.get("time_in_stage_mean@security")), 0.04, "time at security, W");
    assertEquals(0, mean(runs, r -> r.get("hours_testing@appsec")), 1e-12, "nobody tests");
  }

  /**
   * A pure delay of fixed length d is an infinite-server station: nobody waits, each visit lasts
   * exactly d, and nobody's hours go to it.
   */
  @Test
  void aPureDelayHoldsEveryPrForItsLengthWithoutAQueue() {
    double lambda = 0.5;
    double d = 3.25;
    GateDef soak = new GateDef("soak", new GateServer.Delay(), new Fixed(d), 0, 0);
    List<Reported> runs = replicate(organisation(lambda, soak, new TeamDef("qa", 1, Set.of(Skill.TEST), 1)));

    assertEquals(d, mean(runs, r -> r.get("time_in_stage_mean@soak")), 1e-9, "every visit lasts d");
    assertEquals(0, mean(runs, r -> r.get("wait_mean@soak")), 1e-12, "nobody waits for a delay");
    assertEquals(0, mean(runs, r -> r.get("queue_length_mean@soak")), 1e-12, "a delay has no queue");
    assertEquals(0, mean(runs, r -> r.get("bottleneck@soak")), 1e-12, "a delay is never the bottleneck");
  }

  private static DeliveryDef organisation(double lambda, GateDef gate, TeamDef gateTeam) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(1 / lambda)), new Fixed(1),
        new Exponential(1), 1);
    List<TeamDef> teams = List.of(new TeamDef("coders", 8, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 3, Set.of(Skill.REVIEW), 1), gateTeam);
    return DeliveryDef.builder(work, teams, new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE,
        Policy.REVIEW_FIRST).gates(List.of(gate)).build();
  }

  private static List<Reported> replicate(DeliveryDef def) {
    StopRule stop = new StopRule(40_000, 0, 1_000, false);
    return Averages.replicate(def, stop, SEED, 8);
  }
}
