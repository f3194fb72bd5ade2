package dev.deliverysim.experiment.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history CSV gives weekly counts, from counts or from completion dates; mistakes are located. */
class ThroughputHistoryTest {
  private static final Path FIXTURES = Path.of("src/test/resources/forecast");

  @Test
  void weeklyCounts() throws Exception {
    assertArrayEquals(new int[] {5, 5, 5, 5, 5, 5}, ThroughputHistory.read(FIXTURES.resolve("constant.csv")).weeklyCounts());
    assertEquals(12, ThroughputHistory.read(FIXTURES.resolve("variable.csv")).weeks());
  }

  @Test
  void completionDatesBecomeMondayToSundayWeeksWithEmptyWeeksKept() throws Exception {
    // 2026-11-02 is a Monday: weeks of 11-02 (3 items), 11-09 (none), 11-16 (3)
    assertArrayEquals(new int[] {3, 0, 3}, ThroughputHistory.read(FIXTURES.resolve("completed.csv")).weeklyCounts());
  }

  @Test
  void mistakesAreLocated(@TempDir Path dir) throws Exception {
    Path bad = FIXTURES.resolve("bad-count.csv");
    ForecastInputException e = assertThrows(ForecastInputException.class, () -> ThroughputHistory.read(bad));
    assertEquals(bad + ":3:3: expected a whole number ≥ 0 of items finished that week, received: 'five'", e.getMessage());
    Path noColumn = dir.resolve("h.csv");
    Files.writeString(noColumn, "week,items\n1,4\n");
    e = assertThrows(ForecastInputException.class, () -> ThroughputHistory.read(noColumn));
    assertEquals(noColumn + ":1:1: expected a column named count (weekly counts) or completed (ISO dates), found: week,items",
        e.getMessage());
    Path badDate = dir.resolve("d.csv");
    Files.writeString(badDate, "completed\n2026-11-02\n2026-11-31\n");
    e = assertThrows(ForecastInputException.class, () -> ThroughputHistory.read(badDate));
    assertEquals(badDate + ":3:1: expected a date such as 2026-03-16 (YYYY-MM-DD) or a timestamp such as"
        + " 2026-09-01T10:00:00Z, received: '2026-11-31'", e.getMessage());
    Path stamps = dir.resolve("t.csv");
    // a timestamp counts on its own day as written: 23:30 at -05:00 is still Sunday 8 November there
    Files.writeString(stamps, "completed\n2026-11-02T10:00:00Z\n2026-11-08T23:30:00-05:00\n2026-11-09T01:00\n");
    assertArrayEquals(new int[] {2, 1}, ThroughputHistory.read(stamps).weeklyCounts());
    Path zeros = dir.resolve("z.csv");
    Files.writeString(zeros, "count\n0\n0\n");
    assertThrows(ForecastInputException.class, () -> ThroughputHistory.read(zeros));
  }
}
