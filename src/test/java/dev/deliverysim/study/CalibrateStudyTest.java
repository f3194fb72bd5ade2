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

  @Test
  void defaultNamesAreValidScenarioNames() {
    assertEquals("our-service-calibrated", CalibrateStudy.defaultName(Path.of("/src/our service")));
    assertEquals("prs-calibrated", CalibrateStudy.defaultName(Path.of("prs.json")));
    assertEquals("team-calibrated", CalibrateStudy.defaultName(Path.of("/tmp/.json")));
  }
}
