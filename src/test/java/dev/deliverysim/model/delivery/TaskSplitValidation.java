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
 * Tasks split into PRs, and the side PRs an assistant makes, reduced until the answer is exact:
 * light load, no defects, so every count follows from the split alone.
 */
class TaskSplitValidation {
  private static final long SEED = 20_261_202L;
  private static final StopRule STOP = new StopRule(20_000, 0, 500, false);
  private static final double ARRIVAL_MEAN_HOURS = 4;
  private static final double LINES_PER_HOUR = 10;

  /** Three PRs a task: three merges per task done, each PR a third of the task's size. */
  @Test
  void aTaskOfThreePrsMergesThreeAndEachCarriesAThirdOfItsSize() {
    List<Reported> runs = replicate(organisation(new Fixed(3), AiDef.NONE));
    near(3, mean(runs, r -> r.get("prs_merged") / r.get("tasks_done")), 0.01, "PRs merged per task done");
    near(LINES_PER_HOUR / 3, mean(runs, r -> r.get("pr_size_mean")), 0.03, "PR size, a third of the task's");
  }

  /** Splitting shares the task's effort out: the coders' load is that of unsplit tasks, λ·E[S]/c. */
  @Test
  void splittingATaskLeavesItsCodingEffortWhole() {
    double expected = 1 / ARRIVAL_MEAN_HOURS * 1.0 / 6;
    near(expected, mean(replicate(organisation(new Fixed(3), AiDef.NONE)), r -> r.get("utilisation@coders")),
        0.03, "coders' utilisation with tasks of three PRs");
    near(expected, mean(replicate(organisation(new Fixed(1), AiDef.NONE)), r -> r.get("utilisation@coders")),
        0.03, "coders' utilisation with tasks of one PR");
  }

  /**
   * Every task assisted, one side PR each that skips review: two PRs opened per task, half the
   * PRs reviewed; reviewed side PRs are reviewed like any other.
   */
  @Test
  void sidePrsAreOpenedBesideEachAssistedTaskAndMaySkipReview() {
    AiDef unreviewed = new AiDef(1, 1, 1, 1, 1, 0, 0).withSidePrs(new SidePrsDef(new Fixed(1), new Fixed(0.5), false));
    List<Reported> runs = replicate(organisation(new Fixed(1), unreviewed));
    near(2, mean(runs, r -> r.get("prs_merged") / r.get("tasks_done")), 0.01, "PRs per task, the task's and its side PR");
    near(0.5, mean(runs, r -> r.get("reviews_per_pr")), 0.01, "reviews per PR: side PRs skip review");
    AiDef reviewed = new AiDef(1, 1, 1, 1, 1, 0, 0).withSidePrs(new SidePrsDef(new Fixed(1), new Fixed(0.5), true));
    near(1, mean(replicate(organisation(new Fixed(1), reviewed)), r -> r.get("reviews_per_pr")), 0.001,
        "reviews per PR when side PRs are reviewed");
  }

  /** A task is done only when its last PR is: never more tasks done than coded, nor than PRs merged. */
  @Test
  void tasksDoneNeverOutrunTasksCodedOrPrsMerged() {
    for (Reported r : replicate(organisation(new Exponential(2), AiDef.NONE))) {
      assertTrue(r.get("tasks_done") <= r.get("tasks_coded") + 1e-9, "done ≤ coded");
      assertTrue(r.get("tasks_done") <= r.get("prs_merged") + 1e-9, "done ≤ PRs merged");
      assertTrue(r.get("prs_merged") > r.get("tasks_done"), "tasks of several PRs merge more PRs than tasks");
    }
    assertEquals(1, mean(replicate(organisation(new Fixed(1), AiDef.NONE)),
        r -> r.get("prs_merged") / r.get("tasks_done")), 1e-9, "one PR a task: one merge per task");
  }

  /**
   * Every task assisted at 0.79 of its one-hour effort, in three PRs: each coded PR saves a third of
   * 0.21 h, so the hours saved per coder-hour are 0.21 × tasks coded per hour ÷ 6 coders; side PRs
   * (no counterfactual) save nothing.
   */
  @Test
  void hoursSavedAreTheEffortTheAssistantTookOffAtTheSameVolume() {
    AiDef ai = new AiDef(1, 0.79, 1, 1, 1, 0, 0).withSidePrs(new SidePrsDef(new Fixed(1), new Fixed(0.5), true));
    List<Reported> runs = replicate(organisation(new Fixed(3), ai));
    near(0.21 * mean(runs, r -> r.get("tasks_coded")) / 6, mean(runs, r -> r.get("ai_hours_saved")), 0.01,
        "hours saved per coder-hour");
    assertEquals(0, mean(replicate(organisation(new Fixed(3), AiDef.NONE)), r -> r.get("ai_hours_saved")), 0,
        "no AI, nothing saved");
  }

  /** Coders at twice the tasks' effort carry twice the load: λ · 2 E[S] / c. */
  @Test
  void aTeamsCodingEffortMultipliesTheLoadOfWhatItCodes() {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(ARRIVAL_MEAN_HOURS)), new Fixed(1),
        new Fixed(1), LINES_PER_HOUR);
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1, 0, 2),
        new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1));
    DeliveryDef def = DeliveryDef.builder(work, teams, new QualityDef(0, 0.1), new ReviewDef(1e12, 0.1, 0, 1000),
        AiDef.NONE, Policy.REVIEW_FIRST).build();
    near(2 / ARRIVAL_MEAN_HOURS / 6, mean(replicate(def), r -> r.get("utilisation@coders")), 0.03,
        "coders' utilisation at twice the effort");
  }

  private static DeliveryDef organisation(dev.deliverysim.engine.Distribution prsPerTask, AiDef ai) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(ARRIVAL_MEAN_HOURS)), new Fixed(1),
        new Fixed(1), LINES_PER_HOUR, prsPerTask);
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1));
    return DeliveryDef.builder(work, teams, new QualityDef(0, 0.1), new ReviewDef(1e12, 0.1, 0, 1000), ai,
        Policy.REVIEW_FIRST).build();
  }

  private static List<Reported> replicate(DeliveryDef def) {
    return Averages.replicate(def, STOP, SEED, 4);
  }
}
