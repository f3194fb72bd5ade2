package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The J-curve's two curves (issue 10): adoption ramps over {@code duration}, learning over its own
 * time — METR 2025's experienced developers, 19% slower at first, may take longer to gain than the
 * team takes to adopt. By default both take the ramp's duration.
 */
class AiRampTest {
  private static AiDef ai(double rampHours, double learningHours) {
    return new AiDef(0.8, 0.8, 1, 1, 1, 0, 0, rampHours, 1.19, learningHours, AiReviewDef.NONE, SidePrsDef.NONE);
  }

  @Test
  void adoptionAndLearningFollowTheirOwnDurations() {
    AiDef ramp = ai(100, 300);
    assertEquals(0.4, ramp.adoptionAt(50), 1e-12);
    assertEquals(0.8, ramp.adoptionAt(100), 1e-12);
    assertEquals(1.19, ramp.codingEffortAt(0), 1e-12);
    assertEquals(1.19 + (0.8 - 1.19) / 3, ramp.codingEffortAt(100), 1e-12, "a third of the way through learning");
    assertEquals(0.8, ramp.codingEffortAt(300), 1e-12);
    assertEquals(0.8, ramp.codingEffortAt(1000), 1e-12);
  }

  @Test
  void byDefaultPeopleLearnOverTheAdoptionRamp() {
    AiDef ramp = new AiDef(0.8, 0.8, 1, 1, 1, 0, 0, 100, 1.19, AiReviewDef.NONE, SidePrsDef.NONE);
    assertEquals(ai(100, 100), ramp);
    assertEquals(1.19 + (0.8 - 1.19) / 2, ramp.codingEffortAt(50), 1e-12);
  }
}
