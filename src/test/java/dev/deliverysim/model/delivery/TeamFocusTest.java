package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Coordination grows with team size: each teammate takes a share of everyone's working time. */
class TeamFocusTest {
  private static final Set<Skill> BOTH = Set.of(Skill.CODE, Skill.REVIEW);

  @Test
  void eachTeammateCostsEveryoneTheirShareDownToAFloor() {
    assertEquals(0.8, new TeamDef("solo", 1, BOTH, 0.8, 0.02).effectiveFocus(), 1e-12);
    assertEquals(0.8 - 0.02 * 9, new TeamDef("ten", 10, BOTH, 0.8, 0.02).effectiveFocus(), 1e-12);
    assertEquals(TeamDef.MINIMUM_FOCUS, new TeamDef("crowd", 100, BOTH, 0.8, 0.02).effectiveFocus());
    assertEquals(0.8, new TeamDef("flat", 10, BOTH, 0.8).effectiveFocus(), "no growth by default");
    assertThrows(IllegalArgumentException.class, () -> new TeamDef("x", 2, BOTH, 0.8, 1));
  }

  @Test
  void meetingsInTheHoursReportFollowTheTeamSize() {
    TeamDef team = new TeamDef("devs", 6, BOTH, 0.8, 0.03);
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Backlog(500), new Fixed(1), new Fixed(4), 25), List.of(team), new QualityDef(0, 0), new ReviewDef(300, 0.5, 0.6, 400), AiDef.NONE, Policy.REVIEW_FIRST).build();
    Reported r = Reported.of(def, new StopRule(200, 0, 20, false), 1, 0);
    assertEquals(1 - (0.8 - 0.03 * 5), r.get("hours_meetings@devs"), 1e-12);
    double sum = 0;
    for (String a : List.of("coding", "review", "rework", "testing", "meetings", "idle")) {
      sum += r.get("hours_" + a + "@devs");
    }
    assertEquals(1, sum, 1e-9, "the hours still add up");
  }
}
