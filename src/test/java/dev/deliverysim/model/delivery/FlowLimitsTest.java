package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Flow limits block upstream: nobody starts a new task while a gate's queue is full, or while the
 * organisation holds as many started, undeployed tasks as its in-progress limit allows. Each test
 * first shows the limit would be exceeded without it, so it cannot pass vacuously.
 */
class FlowLimitsTest {
  private static final StopRule TEN_WEEKS = new StopRule(400, 0, 0, false);

  /**
   * Five developers feeding two slow testers: the QA queue grows unless something stops it. Two open
   * PRs per author at most, so that own-work-first does not starve review (see OpenPrLimitTest).
   */
  private static DeliveryDef organisation(Policy policy, FlowLimits limits) {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(1000), new Fixed(2),
        LogNormal.ofPercentiles(0.5, 6, 0.9, 20), 20);
    List<TeamDef> teams = List.of(new TeamDef("devs", 5, Set.of(Skill.CODE, Skill.REVIEW), 0.7),
        new TeamDef("qa", 2, Set.of(Skill.TEST), 0.8));
    List<GateDef> gates = List.of(new GateDef("ci", 2, new Exponential(0.3), 0.5, 0),
        new GateDef("qa", 0, new Exponential(8), 0.5, 0));
    return new DeliveryDef(work, teams, new QualityDef(8, 1), new ReviewDef(200, 0.5, 0.6, 400), gates,
        AiDef.NONE, policy, 2, IncidentsDef.NONE, CoordinationDef.NONE, CadenceDef.CONTINUOUS, limits);
  }

  /** At every first coding start: the QA queue, and how many tasks were started and not deployed. */
  private static final class AtStarts implements Observer {
    DeliverySimulation sim;
    int longestQaQueue;
    int inFlight;
    int mostInFlight;
    int deployed;

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      if (activity == Activity.CODING) {
        longestQaQueue = Math.max(longestQaQueue, sim.gateQueue[1].size());
        mostInFlight = Math.max(mostInFlight, ++inFlight);
      }
    }

    @Override
    public void deployed(double time, int task, int feature, boolean featureDone) {
      inFlight--;
      deployed++;
    }
  }

  private static AtStarts run(DeliveryDef def, long seed) {
    AtStarts watch = new AtStarts();
    watch.sim = new DeliverySimulation(def, TEN_WEEKS, new RandomStreams(seed, 0), watch);
    watch.sim.run();
    return watch;
  }

  @Test
  void nobodyStartsNewWorkWhileAGateQueueIsAtItsLimit() {
    assertTrue(run(organisation(Policy.REVIEW_FIRST, FlowLimits.NONE), 3).longestQaQueue > 4,
        "without a limit the QA queue grows past the limit tested");
    for (Policy policy : Policy.values()) {
      for (long seed = 0; seed < 4; seed++) {
        AtStarts watch = run(organisation(policy, new FlowLimits(0, 0, List.of(0, 3))), seed);
        assertTrue(watch.longestQaQueue < 3, policy + " seed " + seed + ": started with " + watch.longestQaQueue
            + " PRs waiting for QA");
        assertTrue(watch.deployed > 20, "work still flows: " + watch.deployed);
      }
    }
  }

  @Test
  void startedUndeployedTasksNeverExceedTheInProgressLimit() {
    assertTrue(run(organisation(Policy.REVIEW_FIRST, FlowLimits.NONE), 3).mostInFlight > 8,
        "without a limit more than eight tasks are in flight");
    for (Policy policy : Policy.values()) {
      for (long seed = 0; seed < 4; seed++) {
        AtStarts watch = run(organisation(policy, new FlowLimits(0, 8, List.of())), seed);
        assertTrue(watch.mostInFlight <= 8, policy + " seed " + seed + ": " + watch.mostInFlight + " in flight");
        assertTrue(watch.mostInFlight == 8, "the limit binds: " + watch.mostInFlight);
        assertTrue(watch.deployed > 20, "work still flows: " + watch.deployed);
      }
    }
  }
}
