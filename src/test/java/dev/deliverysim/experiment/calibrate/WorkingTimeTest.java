package dev.deliverysim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {
  private static double hours(String from, String to) {
    return WorkingTime.hours(Instant.parse(from), Instant.parse(to), 8);
  }

  @Test
  void aWeekendCountsNothing() {
    // Friday 16:00 to Monday 10:00: 8 h of Friday and 10 h of Monday, a third of each counted
    assertEquals(6, hours("2026-09-04T16:00:00Z", "2026-09-07T10:00:00Z"), 1e-9);
    assertEquals(0, hours("2026-09-05T01:00:00Z", "2026-09-06T23:00:00Z"), 1e-9);
  }

  @Test
  void aWholeWeekIsFiveWorkingDays() {
    assertEquals(40, hours("2026-09-07T00:00:00Z", "2026-09-14T00:00:00Z"), 1e-9);
    assertEquals(4, hours("2026-09-08T09:00:00Z", "2026-09-08T21:00:00Z"), 1e-9);
  }
}
