package dev.deliverysim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static final Window SEPTEMBER = new Window(LocalDate.parse("2026-08-31"), LocalDate.parse("2026-09-14"));

  @Test
  void stageRowsGiveTimeInReviewUntilTheNextStageAndNoPickup() throws Exception {
    Calibration c = Calibration.of(HistoryImportTest.read(HistoryImportTest.FIXTURES.resolve("stages.csv")), SEPTEMBER, 8);
    assertEquals(2, c.people());
    assertArrayEquals(new int[] {2, 0}, c.weekly(), "both done in the first week");
    // T-1: in review Tue 15:00 to Wed 16:00, 25 h of weekdays = 25/3 working hours; T-2: Wed 09:00–12:00, 1 h
    assertArrayEquals(new double[] {25.0 / 3, 1}, c.reviewHours(), 1e-9);
    assertNull(c.inReview(), "two observations fit no law");
    assertEquals(0, c.pickupHours().length, "a first stage is the start of coding, not a request for review");
    assertNull(c.pickup());
    assertEquals(1.5, c.roundsMean(), 1e-12, "T-1 reviewed twice, T-2 once");
  }

  @Test
  void ghPrsGiveThroughputPickupAndBotsApart() throws Exception {
    Calibration c = Calibration.of(HistoryImportTest.read(HistoryImportTest.FIXTURES.resolve("gh-prs.json")), SEPTEMBER, 8);
    assertEquals(2, c.people(), "#101 and #102 merged; #104 closed unmerged, #105 open");
    assertEquals(1, c.bots());
    assertEquals(1, c.closedUnmerged());
    assertEquals(1.0 / 3, c.botShare(), 1e-12);
    assertEquals(1.0, c.throughputPerWeek(), 1e-12, "two PRs in two weeks");
    // #101: created Tue 10:00, first review 14:00 → 4/3 h; #102: 07:30 → 09:00 UTC → 0.5 h
    assertArrayEquals(new double[] {4.0 / 3, 0.5}, c.pickupHours(), 1e-9);
    assertEquals(0.5, c.changesRequested(), 1e-12, "#101's first review asked for changes, #102's did not");
  }
}
