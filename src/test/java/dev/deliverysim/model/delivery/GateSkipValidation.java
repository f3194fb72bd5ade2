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

/** A gate that small PRs skip: every PR here has 10 changed lines and a QA pass takes 1 h. */
class GateSkipValidation {
  private static final StopRule STOP = new StopRule(10_000, 0, 500, false);

  @Test
  void prsBelowTheSizeSkipTheGateAndTheOthersPassIt() {
    assertEquals(0, mean(replicate(organisation(20)), r -> r.get("hours_testing@qa")), 0, "10 < 20 lines: skipped");
    // λ = 1/4 an hour, 1 h each, 2 testers: each busy an eighth of the time
    near(1.0 / 4 / 2, mean(replicate(organisation(5)), r -> r.get("hours_testing@qa")), 0.03, "10 ≥ 5 lines: tested");
  }

  private static DeliveryDef organisation(double skipBelow) {
    WorkDef work = new WorkDef(new FeatureSource.Arrivals(new Exponential(4)), new Fixed(1), new Fixed(1), 10);
    List<TeamDef> teams = List.of(new TeamDef("coders", 6, Set.of(Skill.CODE), 1),
        new TeamDef("reviewers", 4, Set.of(Skill.REVIEW), 1), new TeamDef("qa", 2, Set.of(Skill.TEST), 1));
    GateDef qa = new GateDef("qa", new GateServer.People(Skill.TEST), new Fixed(1), 0, 0, skipBelow);
    return DeliveryDef.builder(work, teams, new QualityDef(0, 0.1), new ReviewDef(1e12, 0.1, 0, 1000), AiDef.NONE,
        Policy.REVIEW_FIRST).gates(List.of(qa)).build();
  }

  private static List<Reported> replicate(DeliveryDef def) {
    return Averages.replicate(def, STOP, 11, 3);
  }
}
