package dev.deliverysim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DefectsFromRoundsTest {
  private static final double[] SIZES = {50, 120, 200, 400, 900};

  @Test
  void theRateFoundMakesTheModelsReviewsAskForChangesAsOftenAsTheTeams() {
    double rate = DefectsFromRounds.rate(SIZES, 0.3, 0.6, 400);
    assertEquals(0.3, DefectsFromRounds.asked(SIZES, rate, 0.6, 400), 1e-6);
    assertTrue(rate > 0);
  }

  @Test
  void oneSizeHasAClosedForm() {
    // 1 − exp(−s/1000 · r · d) = share  ⇒  r = −ln(1 − share) · 1000 / (s · d)
    double rate = DefectsFromRounds.rate(new double[] {200}, 0.4, 0.6, 400);
    assertEquals(-Math.log(0.6) * 1000 / (200 * 0.6), rate, 1e-6);
    // past focused_lines detection falls to d · 400/s, so s cancels: r = −ln(1 − share) · 1000 / (400 · d)
    double large = DefectsFromRounds.rate(new double[] {800}, 0.4, 0.6, 400);
    assertEquals(-Math.log(0.6) * 1000 / (400 * 0.6), large, 1e-6);
  }

  @Test
  void noRequestsNoDefectsAndTheUnreachableIsSaid() {
    assertEquals(0, DefectsFromRounds.rate(SIZES, 0, 0.6, 400));
    assertTrue(Double.isNaN(DefectsFromRounds.rate(SIZES, 1.0, 0.6, 400)));
  }
}
