package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Escaped defects become production incidents that pull people off planned work. */
class IncidentsTest {
  private static final double FOCUS = 0.8;
  private static final double RESTORE = 3;

  private static DeliveryDef organisation(IncidentsDef incidents) {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(2000), new Fixed(1),
        LogNormal.ofPercentiles(0.5, 6, 0.9, 20), 40);
    List<TeamDef> teams = List.of(new TeamDef("devs", 6, Set.of(Skill.CODE, Skill.REVIEW), FOCUS));
    // a weak review and no gates: plenty of defects escape
    return DeliveryDef.builder(work, teams, new QualityDef(20, 1), new ReviewDef(300, 0.5, 0.2, 400), AiDef.NONE, Policy.REVIEW_FIRST).openPrsPerAuthor(0).incidents(incidents).build();
  }

  private static Reported run(IncidentsDef incidents, StopRule stop, long seed) {
    return Reported.of(organisation(incidents), stop, seed, 0);
  }

  @Test
  void everyEscapedDefectBecomesAnIncidentWhenThatIsCertainAndImmediate() {
    StopRule stop = new StopRule(400, 0, 0, false);
    for (long seed = 0; seed < 5; seed++) {
      Reported r = run(new IncidentsDef(1, new Fixed(0), new Fixed(RESTORE)), stop, seed);
      double escaped = r.get("escaped_defects_per_pr") * r.get("prs_merged") * 400;
      assertTrue(escaped > 10, "the setting lets defects escape");
      assertEquals(escaped, r.get("incidents") * 400, 1e-6, "seed " + seed);
    }
  }

  @Test
  void restoringTakesAtLeastTheWorkItselfAndTheHoursStillAddUp() {
    StopRule stop = new StopRule(800, 0, 80, false);
    Reported r = run(new IncidentsDef(0.7, new Fixed(8), new Fixed(RESTORE)), stop, 3);
    assertTrue(r.get("time_to_restore_mean") >= RESTORE / FOCUS - 1e-9, "waiting can only add to it");
    assertTrue(r.get("hours_incidents@devs") > 0, "incidents take people's time");
    double sum = 0;
    for (String a : List.of("coding", "review", "rework", "testing", "incidents", "meetings", "idle")) {
      sum += r.get("hours_" + a + "@devs");
    }
    assertEquals(1, sum, 1e-9);
  }

  /**
   * With interruptions, an incident never waits while some coder is on interruptible work: here
   * incidents are rare next to six busy coders, so each is restored in exactly its own effort —
   * where, waiting for the next free coder, it takes longer. The interrupted work is resumed, the
   * hours still add up, and the dropped job's completion event does not finish it twice.
   */
  @Test
  void anIncidentThatInterruptsIsRestoredAtOnceAndTheDroppedWorkResumes() {
    StopRule stop = new StopRule(800, 0, 80, false);
    for (long seed = 0; seed < 4; seed++) {
      Reported waits = run(new IncidentsDef(0.05, new Fixed(8), new Fixed(RESTORE), false), stop, seed);
      Reported interrupts = run(new IncidentsDef(0.05, new Fixed(8), new Fixed(RESTORE), true), stop, seed);
      assertTrue(waits.get("time_to_restore_mean") > RESTORE / FOCUS + 0.5, "waiting for a free coder");
      assertEquals(RESTORE / FOCUS, interrupts.get("time_to_restore_mean"), 1e-9, "seed " + seed);
      assertTrue(interrupts.get("interruptions") > 0);
      assertEquals(interrupts.get("incidents"), interrupts.get("interruptions"), 1e-12,
          "nobody is ever free here, so every incident interrupts someone");
      assertEquals(0, waits.get("interruptions"));
      double sum = 0;
      for (String a : List.of("coding", "review", "rework", "testing", "incidents", "meetings", "idle")) {
        sum += interrupts.get("hours_" + a + "@devs");
      }
      assertEquals(1, sum, 1e-9, "hours add up with jobs cut in two");
      assertTrue(interrupts.get("tasks_coded") > 0.9 * waits.get("tasks_coded"), "dropped work resumes");
    }
  }

  /** Counts first starts of each activity; a resumed job is not a new start. */
  private static final class Starts implements Observer {
    final long[] byActivity = new long[Activity.values().length];
    long resumed;

    @Override
    public void started(double time, int person, Activity activity, int task, int author) {
      byActivity[activity.ordinal()]++;
    }

    @Override
    public void resumed(double time, int person, Activity activity, int task) {
      resumed++;
    }
  }

  /** A job taken up again after an incident is the same visit: one wait, one job length, per stage. */
  @Test
  void aResumedJobIsNotASecondVisitToItsStage() {
    StopRule stop = new StopRule(800, 0, 0, false);
    Starts starts = new Starts();
    DeliverySimulation sim = new DeliverySimulation(
        organisation(new IncidentsDef(0.7, new Fixed(8), new Fixed(RESTORE), true)), stop,
        new dev.deliverysim.engine.RandomStreams(5, 0), starts);
    sim.run();
    assertTrue(starts.resumed > 10, "jobs were interrupted and resumed: " + starts.resumed);
    long reworks = starts.byActivity[Activity.REWORK.ordinal()] + starts.byActivity[Activity.CONFLICTS.ordinal()];
    assertEquals(starts.byActivity[Activity.CODING.ordinal()], sim.stats.jobs[DeliveryDef.CODING].count());
    assertEquals(starts.byActivity[Activity.CODING.ordinal()], sim.stats.waits[DeliveryDef.CODING].count());
    assertEquals(starts.byActivity[Activity.REVIEW.ordinal()], sim.stats.jobs[DeliveryDef.REVIEW].count());
    assertEquals(reworks, sim.stats.waits[DeliveryDef.REWORK].count());
  }

  @Test
  void withoutIncidentsNothingHappensInProduction() {
    Reported r = run(IncidentsDef.NONE, new StopRule(400, 0, 0, false), 1);
    assertEquals(0, r.get("incidents"));
    assertEquals(0, r.get("hours_incidents@devs"));
    assertTrue(r.get("change_failure_rate") > 0, "defects still escape; they are counted, not felt");
  }
}
