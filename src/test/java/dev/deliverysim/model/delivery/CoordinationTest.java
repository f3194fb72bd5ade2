package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merge conflicts grow with concurrent work; switching tasks costs time; hours still add up. */
class CoordinationTest {
  private static final StopRule STOP = new StopRule(600, 0, 60, false);
  private static final List<String> ACTIVITIES =
      List.of("coding", "review", "rework", "conflicts", "testing", "incidents", "meetings", "idle");

  private static DeliveryDef organisation(int developers, CoordinationDef coordination) {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(5000), new Fixed(1),
        LogNormal.ofPercentiles(0.5, 6, 0.9, 20), 25);
    List<TeamDef> teams = List.of(new TeamDef("devs", developers, Set.of(Skill.CODE, Skill.REVIEW), 0.8));
    return DeliveryDef.builder(work, teams, new QualityDef(5, 1), new ReviewDef(300, 0.5, 0.6, 400), AiDef.NONE, Policy.REVIEW_FIRST).openPrsPerAuthor(0).incidents(IncidentsDef.NONE).coordination(coordination).build();
  }

  private static double conflictsPerMerge(int developers, long seed) {
    Reported r = Reported.of(organisation(developers, new CoordinationDef(0.05, new Fixed(2), 0)), STOP, seed, 0);
    return r.get("merge_conflicts") / r.get("prs_merged");
  }

  @Test
  void moreConcurrentWorkMeansMoreConflictsPerMerge() {
    for (long seed = 0; seed < 3; seed++) {
      double few = conflictsPerMerge(3, seed);
      double many = conflictsPerMerge(12, seed);
      assertTrue(few > 0, "some conflicts");
      // the chance 1 - 0.95^k saturates, so four times the developers does not double it
      assertTrue(many > 1.5 * few, "twelve developers merge far more in a branch's life: " + few + " vs " + many);
    }
  }

  @Test
  void aLoneAuthorNeverConflictsWithTheirOwnMerges() {
    WorkDef work = new WorkDef(new FeatureSource.Backlog(1000), new Fixed(1), new Fixed(2), 25);
    List<TeamDef> teams = List.of(new TeamDef("dev", 1, Set.of(Skill.CODE), 1),
        new TeamDef("reviewer", 1, Set.of(Skill.REVIEW), 1));
    DeliveryDef def = DeliveryDef.builder(work, teams, new QualityDef(0, 1), new ReviewDef(300, 4, 0.6, 400), AiDef.NONE, Policy.REVIEW_FIRST).openPrsPerAuthor(0).incidents(IncidentsDef.NONE).coordination(new CoordinationDef(0.5, new Fixed(1), 0)).build();
    Reported r = Reported.of(def, new StopRule(400, 0, 0, false), 1, 0);
    assertTrue(r.get("prs_merged") > 0);
    assertEquals(0, r.get("merge_conflicts"), "nobody else merges");
  }

  @Test
  void withoutCoordinationCostsNothingConflictsAndHoursAddUpEitherWay() {
    Reported none = Reported.of(organisation(6, CoordinationDef.NONE), STOP, 1, 0);
    assertEquals(0, none.get("merge_conflicts"));
    assertEquals(0, none.get("hours_conflicts@devs"));
    Reported some = Reported.of(organisation(6, new CoordinationDef(0.05, new Fixed(2), 0.25)), STOP, 1, 0);
    assertTrue(some.get("hours_conflicts@devs") > 0);
    for (Reported r : List.of(none, some)) {
      assertEquals(1, ACTIVITIES.stream().mapToDouble(a -> r.get("hours_" + a + "@devs")).sum(), 1e-9);
    }
  }

  @Test
  void switchingTasksCostsFocusedTimeSoLessGetsCoded() {
    Reported flat = Reported.of(organisation(6, CoordinationDef.NONE), STOP, 2, 0);
    Reported switching = Reported.of(organisation(6, new CoordinationDef(0, new Fixed(0), 0.5)), STOP, 2, 0);
    assertTrue(switching.get("tasks_coded") < flat.get("tasks_coded"),
        flat.get("tasks_coded") + " vs " + switching.get("tasks_coded"));
  }

  /**
   * A tax of t = 0.1 h per open PR at every job start, for one coder (tasks of 1 h arriving at
   * λ = 0.25/h) whose PRs are reviewed and deployed the instant they are coded. A job starts with
   * its own PR open, and with the previous one too when it starts the instant the last ended (the
   * review comes after it in the same instant) — which happens for the share of completions that
   * leave work waiting, ρ (arrivals and departures see the same queue, PASTA). So E[S] = 1 + t(1 +
   * ρ) and ρ = λE[S]: ρ = λ(1 + t) / (1 − λt) = 0.28205 (0.25 without the tax).
   */
  @Test
  void everyOpenPrTaxesEveryJobStarted() {
    for (double tax : new double[] {0, 0.1}) {
      WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(4)), new Fixed(1), new Fixed(1), 10);
      List<TeamDef> teams = List.of(new TeamDef("coder", 1, Set.of(Skill.CODE), 1),
          new TeamDef("reviewer", 1, Set.of(Skill.REVIEW), 1));
      DeliveryDef def = DeliveryDef.builder(work, teams, new QualityDef(0, 1), new ReviewDef(1e12, 0, 0, 1000),
          AiDef.NONE, Policy.REVIEW_FIRST).coordination(new CoordinationDef(0, new Fixed(0), 0, tax)).build();
      double load = java.util.stream.IntStream.range(0, 4)
          .mapToDouble(i -> Reported.of(def, new StopRule(20_000, 0, 500, false), 7, i).get("utilisation@coder"))
          .average().orElseThrow();
      double theory = 0.25 * (1 + tax) / (1 - 0.25 * tax);
      assertEquals(theory, load, theory * 0.01, "the coder's load with a tax of " + tax);
    }
  }
}
