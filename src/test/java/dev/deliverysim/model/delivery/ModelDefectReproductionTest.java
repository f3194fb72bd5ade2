package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Smallest organisations that once showed a defect, or a question, found while testing the
 * delivery model; each now pins the behaviour decided.
 */
class ModelDefectReproductionTest {

  /**
   * The backlog's first job and the first arrival are scheduled before the horizon event, so one
   * ending exactly at the horizon is still processed and can start a zero-effort job (rework at 0 h
   * per defect, here after AI pre-review finds every defect). At the horizon that open job counts
   * effort × (length / planned) = 0 × 0/0 = NaN hours, and hours_rework was NaN.
   */
  @Test
  void aZeroEffortJobStartedAtTheHorizonBooksNoHours() {
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Backlog(1), new Fixed(1), new Fixed(10), 100), List.of(new TeamDef("coder", 1, Set.of(Skill.CODE), 1), new TeamDef("reviewers", 1, Set.of(Skill.REVIEW), 1)), new QualityDef(1000, 0), new ReviewDef(100, 0, 0.5, 1000), new AiDef(0, 1, 1, 1, 1, 1, 0), Policy.REVIEW_FIRST).build();
    Reported r = Reported.of(def, new StopRule(10, 0, 0, false), 1, 0);
    assertEquals(0, r.get("hours_rework@coder"), "hours_rework@coder");
  }

  /**
   * Forty one-task features requested at time 0 and one coder taking exactly 1 h each: feature k
   * is delivered at k hours, so lead time (from the request) averages 20.5 h. A backlog's features
   * are options until a developer pulls one — the commitment point, where flow metrics start their
   * clock — so nothing is counted as waiting at the coding stage (docs/delivery-model.md).
   * Counting the backlog as a queue would make coding the bottleneck of any team with more work
   * than it can do, and hide where committed work waits.
   */
  @Test
  void aBacklogIsCommittedWhenPulledSoStageWaitsStartThereWhileLeadTimeCountsFromTheRequest() {
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Backlog(40), new Fixed(1), new Fixed(1), 1), List.of(new TeamDef("coder", 1, Set.of(Skill.CODE), 1), new TeamDef("reviewers", 2, Set.of(Skill.REVIEW), 1)), new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE, Policy.REVIEW_FIRST).build();
    Reported r = Reported.of(def, new StopRule(100, 0, 0, false), 1, 0);
    assertEquals(20.5, r.get("lead_time_mean"), 1e-6, "lead time counts from the request at time 0");
    assertEquals(0, r.get("wait_mean@coding"), 1e-9, "pulled work starts at once");
    assertEquals(0, r.get("queue_length_mean@coding"), 1e-9, "the backlog is not a queue");
    assertEquals(0, r.get("bottleneck@coding"), "nothing waited anywhere: no bottleneck");
  }

  /**
   * Work arrives at 1/h for a coder who finishes 0.5/h, so the coding queue grows by about half a
   * task an hour: about 49.5 waiting at the 99 h warm-up's end, 50 at the 100 h horizon. The
   * time-average over that last hour must count only waiting inside it (once it counted each
   * started task's whole wait and reported 99.4).
   */
  @Test
  void queueAveragesCountOnlyWaitingInsideTheWindow() {
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Arrivals(new Fixed(1)), new Fixed(1), new Fixed(2), 25), List.of(new TeamDef("coder", 1, Set.of(Skill.CODE), 1), new TeamDef("reviewer", 1, Set.of(Skill.REVIEW), 1)), new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE, Policy.REVIEW_FIRST).build();
    Reported r = Reported.of(def, new StopRule(100, 0, 99, false), 1, 0);
    assertEquals(49.75, r.get("queue_length_mean@coding"), 1.0);
  }

  /** Ten one-task features of 2 h each for one full-time coder, reviews taking no time: 20 h. */
  @Test
  void aBacklogIsDoneWhenItsLastFeatureIsDelivered() {
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Backlog(10), new Fixed(1), new Fixed(2), 1), List.of(new TeamDef("coder", 1, Set.of(Skill.CODE), 1), new TeamDef("reviewer", 1, Set.of(Skill.REVIEW), 1)), new QualityDef(0, 0), new ReviewDef(1e12, 0, 0, 1000), AiDef.NONE, Policy.REVIEW_FIRST).build();
    assertEquals(20, Reported.of(def, new StopRule(100, 0, 0, false), 1, 0).get("backlog_done_at"), 1e-6);
    assertEquals(Double.POSITIVE_INFINITY, Reported.of(def, new StopRule(15, 0, 0, false), 1, 0)
        .get("backlog_done_at"), "not done by the horizon: censored, not missing");
  }
}
