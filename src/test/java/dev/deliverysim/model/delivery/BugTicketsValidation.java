package dev.deliverysim.model.delivery;

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
 * Bug tickets, reduced until the answer is exact: review finds nothing and there are no gates, so
 * every injected defect escapes; one task per feature.
 */
class BugTicketsValidation {
  private static final long SEED = 20_261_202L;
  private static final StopRule STOP = new StopRule(20_000, 0, 1_000, false);

  /** Every escaped defect reported at once: bugs reported = escaped defects per PR × PRs deployed. */
  @Test
  void everyEscapedDefectReportedAtOnceIsOneBug() {
    List<Reported> runs = replicate(organisation(new BugsDef(1, new Fixed(0), new Fixed(1))));
    near(mean(runs, r -> r.get("escaped_defects_per_pr") * r.get("prs_merged")), mean(runs, r -> r.get("bugs_reported")),
        1e-3, "bugs reported, every escaped defect");
  }

  /** Half reported, a day later: half the escaped defects; each fix is a task done outside features. */
  @Test
  void aShareOfEscapedDefectsBecomesTasksOutsideFeatures() {
    List<Reported> runs = replicate(organisation(new BugsDef(0.5, new Fixed(8), new Fixed(1))));
    near(0.5 * mean(runs, r -> r.get("escaped_defects_per_pr") * r.get("prs_merged")),
        mean(runs, r -> r.get("bugs_reported")), 0.04, "bugs reported, half the escaped defects");
    near(mean(runs, r -> r.get("bugs_reported")), mean(runs, r -> r.get("tasks_done") - r.get("features_delivered")),
        0.04, "tasks done beyond features: the bugs' fixes");
    near(mean(runs, r -> (r.get("tasks_done") - r.get("features_delivered")) / r.get("prs_merged")),
        mean(runs, r -> r.get("rework_rate")), 0.04, "rework rate: the share of deployments that fix a bug");
  }

  @Test
  void withoutBugTicketsNoneIsReported() {
    assertEquals(0, mean(replicate(organisation(BugsDef.NONE)), r -> r.get("bugs_reported")), 0);
  }

  private static DeliveryDef organisation(BugsDef bugs) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(4)), new Fixed(1), new Exponential(1), 100);
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1));
    return DeliveryDef.builder(work, teams, new QualityDef(5, 0.1, bugs), new ReviewDef(1e12, 0.1, 0, 1000),
        AiDef.NONE, Policy.REVIEW_FIRST).build();
  }

  private static List<Reported> replicate(DeliveryDef def) {
    return Averages.replicate(def, STOP, SEED, 4);
  }
}
