package dev.deliverysim.model.delivery;

import static dev.deliverysim.model.delivery.Averages.mean;
import static dev.deliverysim.model.delivery.Averages.near;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a check finds, counted defect by defect for the usual few and by one binomial draw for
 * many: an AI pre-review that finds each defect with 0.3 finds 0.3 × the defects a PR carries,
 * either way (it runs once, after coding; review then finds nothing here).
 */
class DefectChecksValidation {
  private static final StopRule STOP = new StopRule(2_000, 0, 100, false);

  @Test
  void aCheckFindsItsShareOfFewDefectsOneByOneAndOfManyInOneDraw() {
    for (double perPr : new double[] {50, 5_000}) { // below and above DefectChecks.COUNTED_ONE_BY_ONE
      List<Reported> runs = Averages.replicate(organisation(perPr), STOP, 5, 3);
      near(0.3 * perPr, mean(runs, r -> r.get("pre_review_findings_per_pr")), 0.01,
          "findings per PR with " + perPr + " defects each");
    }
  }

  /** PRs of 1,000 lines carrying {@code perPr} defects on average; reviews and gates find nothing. */
  private static DeliveryDef organisation(double perPr) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(4)), new Fixed(1), new Fixed(1), 1000);
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1));
    AiDef ai = new AiDef(1, 1, 1, 1, 1, 0.3, 0);
    return DeliveryDef.builder(work, teams, new QualityDef(perPr, 0), new ReviewDef(1e12, 0.1, 0, 1e9), ai,
        Policy.REVIEW_FIRST).build();
  }
}
