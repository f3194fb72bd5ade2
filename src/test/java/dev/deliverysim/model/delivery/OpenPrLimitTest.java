package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The open-PR limit: no author ever has more undeployed PRs than allowed, and with a backlog that
 * never runs dry, own-work-first without a limit starves review while a limit restores delivery.
 */
class OpenPrLimitTest {
  private static final StopRule TEN_WEEKS = new StopRule(400, 0, 0, false);

  private static DeliveryDef organisation(Policy policy, int limit) {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(1000), new Fixed(2),
        LogNormal.ofPercentiles(0.5, 6, 0.9, 20), 20);
    List<TeamDef> teams = List.of(new TeamDef("devs", 5, Set.of(Skill.CODE, Skill.REVIEW), 0.7));
    List<GateDef> gates = List.of(new GateDef("ci", 2, new Exponential(0.3), 0.5, 0));
    return DeliveryDef.builder(work, teams, new QualityDef(8, 1), new ReviewDef(200, 0.5, 0.6, 400), AiDef.NONE, policy).gates(gates).openPrsPerAuthor(limit).build();
  }

  /** Counts each author's PRs from first coding start to deployment. */
  private static final class OpenPrs implements Observer {
    final Map<Integer, Integer> open = new HashMap<>();
    final Map<Integer, Integer> authorOf = new HashMap<>();
    int most;
    int deployed;

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      if (activity == Activity.CODING) {
        authorOf.put(task, person);
        most = Math.max(most, open.merge(person, 1, Integer::sum));
      }
    }

    @Override
    public void deployed(double time, int task, int feature, boolean featureDone) {
      open.merge(authorOf.get(task), -1, Integer::sum);
      deployed++;
    }
  }

  private static OpenPrs run(DeliveryDef def, long seed) {
    OpenPrs watch = new OpenPrs();
    new DeliverySimulation(def, TEN_WEEKS, new RandomStreams(seed, 0), watch).run();
    return watch;
  }

  @Test
  void noAuthorEverHoldsMoreOpenPrsThanTheLimit() {
    for (Policy policy : Policy.values()) {
      for (int limit = 1; limit <= 3; limit++) {
        for (long seed = 0; seed < 5; seed++) {
          OpenPrs watch = run(organisation(policy, limit), seed);
          assertTrue(watch.most <= limit, policy + " limit " + limit + " seed " + seed + ": " + watch.most);
          assertTrue(watch.deployed > 0, "work still flows");
        }
      }
    }
  }

  /** Sees the review queue whenever someone starts coding. */
  private static final class ReviewQueueAtStarts implements Observer {
    DeliverySimulation sim;
    int longest;

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      if (activity == Activity.CODING) {
        longest = Math.max(longest, sim.reviews.waiting());
      }
    }
  }

  @Test
  void nobodyStartsNewWorkWhileTheReviewQueueIsAtItsLimit() {
    for (Policy policy : Policy.values()) {
      DeliveryDef base = organisation(policy, 3);
      DeliveryDef limited = new DeliveryDef(base.work(), base.teams(), base.quality(), base.review(),
          base.gates(), base.ai(), base.policy(), base.openPrsPerAuthor(), base.incidents(),
          base.coordination(), base.cadence(), FlowLimits.reviewQueue(2));
      ReviewQueueAtStarts watch = new ReviewQueueAtStarts();
      watch.sim = new DeliverySimulation(limited, TEN_WEEKS, new RandomStreams(4, 0), watch);
      watch.sim.run();
      assertTrue(watch.longest < 2, policy + ": started coding with " + watch.longest + " PRs waiting");
    }
  }

  @Test
  void ownWorkFirstWithoutALimitStarvesReviewAndALimitRestoresDelivery() {
    assertEquals(0, run(organisation(Policy.OWN_WORK_FIRST, 0), 1).deployed);
    assertTrue(run(organisation(Policy.OWN_WORK_FIRST, 2), 1).deployed > 50);
  }
}
