package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.calibrate.Backtest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calibrate as a plain call: no picocli, no terminal. */
class CalibrateStudyTest {
  private static final Path FIXTURES = Path.of("src/test/resources/calibrate");

  private static CalibrateStudy.Options options(double holdout, boolean keepNames) {
    return new CalibrateStudy.Options(null, holdout, null, keepNames, 8, Duration.ofSeconds(60), null, 20, 3L, 1);
  }

  @Test
  void aRealGitLogHoldsItsLastQuarterOutAndForecastsIt() throws Exception {
    CalibrateStudy.Result r = CalibrateStudy.calibrate(FIXTURES.resolve("fd-git-log.txt"), options(0.25, false),
        Cancellation.none());
    assertEquals("fd-git-log-calibrated", r.name());
    assertNotNull(r.heldOut());
    int weeks = r.fit().window().weeks() + r.heldOut().window().weeks();
    assertEquals(Math.round(weeks * 0.25), r.heldOut().window().weeks());
    assertEquals(r.fit().window().to(), r.heldOut().window().from(), "the held-out period follows the fitted one");
    List<String> periods = r.rows().stream().map(Backtest.Row::period).distinct().toList();
    assertEquals(List.of("fit", "held-out"), periods);
    Backtest.Row throughput = r.rows().get(0);
    assertEquals(r.fit().throughputPerWeek(), throughput.observed(), 1e-12);
    assertTrue(throughput.low() <= throughput.modelMedian() && throughput.modelMedian() <= throughput.high());
    assertEquals(20, r.loaded().scenario().replications());
    assertEquals(3, r.loaded().scenario().seed());
  }

  @Test
  void noHoldoutBacktestsTheFittedPeriodOnly() throws Exception {
    CalibrateStudy.Result r = CalibrateStudy.calibrate(FIXTURES.resolve("gh-prs.json"), options(0, false),
        Cancellation.none());
    assertNull(r.heldOut());
    assertTrue(r.rows().stream().allMatch(row -> row.period().equals("fit")));
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("thin history")), r.notes().toString());
  }

  @Test
  void namesReachTheReportOnlyWhenKept(@TempDir Path dir) throws Exception {
    CalibrateStudy.Result hidden = CalibrateStudy.calibrate(FIXTURES.resolve("gh-prs.json"), options(0, false),
        Cancellation.none());
    CalibrateStudy.write(hidden, dir.resolve("hidden"), Invocation.of(List.of("calibrate")), (done, total) -> { });
    String report = Files.readString(dir.resolve("hidden/report.html"));
    assertTrue(report.contains("author-"), "pseudonyms in the authors table");
    assertFalse(report.contains("alice"));
    CalibrateStudy.Result kept = CalibrateStudy.calibrate(FIXTURES.resolve("gh-prs.json"), options(0, true),
        Cancellation.none());
    CalibrateStudy.write(kept, dir.resolve("kept"), Invocation.of(List.of("calibrate")), (done, total) -> { });
    assertTrue(Files.readString(dir.resolve("kept/report.html")).contains("alice"), "--keep-names keeps them");
  }

  @Test
  void theProjectsOwnHistoryCalibrates() throws Exception {
    // this checkout: commits pushed to the main line, no PRs — read commit by commit, whatever its depth
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of(".git")), "not a git checkout");
    CalibrateStudy.Result r = CalibrateStudy.calibrate(Path.of("."), options(0, false), Cancellation.none());
    assertTrue(r.fit().people() > 0);
    assertTrue(r.rows().get(0).comparable(), "throughput compared");
    assertTrue(r.yaml().contains("# fitted: "), r.yaml());
  }

  /**
   * A history no team of people could write (an agent's 60 commits a week of 2,000 lines each, for
   * two authors) backtests "NO", and the notes say why: the pace is beyond the fitted people at
   * the assumed lines an hour, and what lines_per_hour would keep up. A human-paced history says nothing of it.
   */
  @Test
  void aPaceBeyondAnyTeamSaysWhyTheBacktestFallsShort(@TempDir Path dir) throws Exception {
    StringBuilder log = new StringBuilder();
    java.time.OffsetDateTime t = java.time.OffsetDateTime.parse("2026-01-05T09:00:00Z");
    for (int i = 0; i < 360; i++) { // 6 weeks, 12 commits a working day
      java.time.OffsetDateTime at = t.plusDays(7L * (i / 60) + (i % 60) / 12).plusMinutes(30L * (i % 12));
      log.append("commit ").append(String.format("%012x%028x", 0xabc000000L + i, 0)).append('\n')
          .append("Author:     agent").append(i % 2).append(" <a").append(i % 2).append("@example.com>\n")
          .append("AuthorDate: ").append(at).append('\n')
          .append("Commit:     agent <a@example.com>\nCommitDate: ").append(at).append("\n\n")
          .append("    change ").append(i).append("\n\n")
          .append("1800\t200\tsrc/f").append(i).append(".txt\n\n");
    }
    Path file = dir.resolve("agent-git-log.txt");
    Files.writeString(file, log);
    CalibrateStudy.Result r = CalibrateStudy.calibrate(file, options(0, false), Cancellation.none());
    String note = r.notes().stream().filter(n -> n.contains("beyond its people")).findFirst()
        .orElseThrow(() -> new AssertionError(r.notes()));
    assertTrue(note.contains("60 changes a week") && note.contains("20 lines an hour")
        && note.contains("set lines_per_hour to at least"), note);
    assertFalse(r.rows().get(0).inside(), "the throughput cannot be reached: " + r.rows().get(0));

    CalibrateStudy.Result human = CalibrateStudy.calibrate(FIXTURES.resolve("fd-git-log.txt"), options(0.25, false),
        Cancellation.none());
    assertTrue(human.notes().stream().noneMatch(n -> n.contains("beyond its people")), human.notes().toString());
  }

  @Test
  void defaultNamesAreValidScenarioNames() {
    assertEquals("our-service-calibrated", CalibrateStudy.defaultName(Path.of("/src/our service")));
    assertEquals("prs-calibrated", CalibrateStudy.defaultName(Path.of("prs.json")));
    assertEquals("team-calibrated", CalibrateStudy.defaultName(Path.of("/tmp/.json")));
  }
}
