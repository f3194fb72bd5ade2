package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A gate that charges per task (or per feature) runs one pass for the first PR of each task (or
 * feature) and lets its other PRs through: over a long run, as many passes as tasks (features)
 * reached it — also for the later ones that took the number of a task (feature) already done, as
 * numbers are recycled. No defects, no flakiness: nothing passes twice.
 */
class GateChargeTest {
  /** Distinct features, by serial, with a PR deployed. */
  private static final class Delivered implements Observer {
    DeliverySimulation sim;
    final Set<Integer> features = new HashSet<>();

    @Override
    public void deployed(double time, int task, int feature, boolean featureDone) {
      features.add(sim.intake.featureSerial(feature));
    }
  }

  @Test
  void aGateChargedPerTaskRunsOnePassForEachTask() {
    // one task a feature, split into three PRs: a task is known by its feature
    assertOnePassEach(GateDef.Per.TASK, new WorkDef(new FeatureSource.Arrivals(new Exponential(2)), new Fixed(1),
        new Fixed(1), 50, new Fixed(3)));
  }

  @Test
  void aGateChargedPerFeatureRunsOnePassForEachFeature() {
    assertOnePassEach(GateDef.Per.FEATURE, new WorkDef(new FeatureSource.Arrivals(new Exponential(2)), new Fixed(3),
        new Fixed(1), 50));
  }

  private static void assertOnePassEach(GateDef.Per per, WorkDef work) {
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1));
    DeliveryDef def = DeliveryDef.builder(work, teams, new QualityDef(0, 0.1), new ReviewDef(1e12, 0.1, 0, 1000),
        AiDef.NONE, Policy.REVIEW_FIRST)
        .gates(List.of(new GateDef("e2e", new GateServer.Machines(50), new Fixed(0.5), 0, 0, 0, per))).build();
    Delivered delivered = new Delivered();
    delivered.sim = new DeliverySimulation(def, new StopRule(4_000, 0, 0, false), new RandomStreams(3, 0), delivered);
    delivered.sim.run();
    long passes = delivered.sim.stats.jobs[DeliveryDef.FIRST_GATE].count();
    int done = delivered.features.size();
    // every feature with a deployed PR had its pass; beyond those, at most one per PR still in flight
    String seen = per + ": " + passes + " passes, " + done + " features deployed, "
        + delivered.sim.tasks.live() + " PRs in flight, " + delivered.sim.tasks.created + " made";
    assertTrue(done > 1_000, seen);
    assertTrue(passes >= done && passes <= done + delivered.sim.tasks.live(), seen);
  }
}
