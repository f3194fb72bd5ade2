package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Checks the time average of a piecewise-constant level on a path small enough to integrate by hand. */
class TimeWeightedTest {

  /**
   * Level 0 on [0, 1), 2 on [1, 3), 3 on [3, 4), 0 on [4, 6]: area 0 + 4 + 3 + 0 = 7 over 6 hours.
   */
  private static TimeWeighted path() {
    TimeWeighted level = new TimeWeighted();
    level.add(1, 2);
    level.add(3, 1);
    level.set(4, 0);
    return level;
  }

  @Test
  void areaAndMeanOfAHandComputedPath() {
    TimeWeighted level = path();
    assertEquals(7, level.area(6), 1e-12);
    assertEquals(7.0 / 6, level.mean(6), 1e-12);
    assertEquals(3, level.max());
    assertEquals(0, level.level());
  }

  @Test
  void areaMidSegmentCountsTheCurrentLevelUpToNow() {
    TimeWeighted level = new TimeWeighted();
    level.add(1, 2);
    level.add(3, 1);
    assertEquals(5.5, level.area(3.5), 1e-12); // 2 × 2 + 3 × 0.5
    assertEquals(5.5 / 3.5, level.mean(3.5), 1e-12);
  }

  @Test
  void resetKeepsTheCurrentLevelAndForgetsThePast() {
    TimeWeighted level = new TimeWeighted();
    level.add(1, 2);
    level.add(3, 1);
    level.reset(3.5); // level 3 carries over the reset
    assertEquals(3, level.level());
    assertEquals(3, level.max());
    level.set(4, 0);
    // Only [3.5, 4) at level 3 counts: area 1.5 over the 2.5 hours since the reset.
    assertEquals(1.5, level.area(6), 1e-12);
    assertEquals(0.6, level.mean(6), 1e-12);
  }

  @Test
  void maxAfterResetIsTheLevelCarriedOver() {
    TimeWeighted level = path();
    level.add(5, 1);
    level.reset(5.5);
    assertEquals(1, level.max());
  }

  @Test
  void meanOverAnEmptyIntervalIsNaN() {
    TimeWeighted level = new TimeWeighted();
    assertTrue(Double.isNaN(level.mean(0)));
    level.add(2, 1);
    level.reset(2);
    assertTrue(Double.isNaN(level.mean(2)));
    assertEquals(1, level.mean(4), 1e-12);
  }
}
