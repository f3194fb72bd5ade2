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

  /** Six weeks of an agent's commits: 12 a working day by two authors, each of {@code lines} lines. */
  private static Path agentLog(Path dir, int lines) throws java.io.IOException {
    StringBuilder log = new StringBuilder();
    java.time.OffsetDateTime t = java.time.OffsetDateTime.parse("2026-01-05T09:00:00Z");
    for (int i = 0; i < 360; i++) {
      java.time.OffsetDateTime at = t.plusDays(7L * (i / 60) + (i % 60) / 12).plusMinutes(30L * (i % 12));
      log.append("commit ").append(String.format("%012x%028x", 0xabc000000L + i, 0)).append('\n')
          .append("Author:     agent").append(i % 2).append(" <a").append(i % 2).append("@example.com>\n")
          .append("AuthorDate: ").append(at).append('\n')
          .append("Commit:     agent <a@example.com>\nCommitDate: ").append(at).append("\n\n")
          .append("    change ").append(i).append("\n\n")
          .append(lines * 9 / 10).append('\t').append(lines - lines * 9 / 10).append("\tsrc/f").append(i)
          .append(".txt\n\n");
    }
    Path file = dir.resolve("agent-" + lines + ".txt");
    Files.writeString(file, log);
    return file;
  }

  /**
   * A history no team of people could write (an agent's 60 commits a week of 150 lines each, for
   * two authors) backtests "NO", and the notes say why — the pace is beyond the fitted people at the
   * assumed lines an hour — and what would fit, which works when applied. With 2,000-line commits
   * review alone is beyond them, and the note says no pace helps. A human-paced history says nothing of it.
   */
  @Test
  void aPaceBeyondAnyTeamSaysWhyTheBacktestFallsShort(@TempDir Path dir) throws Exception {
    Path file = agentLog(dir, 150);
    CalibrateStudy.Result r = CalibrateStudy.calibrate(file, options(0, false), Cancellation.none());
    String note = r.notes().stream().filter(n -> n.contains("beyond its people")).findFirst()
        .orElseThrow(() -> new AssertionError(r.notes()));
    assertTrue(note.contains("60 changes a week") && note.contains("20 lines an hour"), note);
    assertFalse(r.rows().get(0).inside(), "the throughput cannot be reached: " + r.rows().get(0));
    // the advice works: applied as written, the same PR sizes and the people no longer overloaded
    java.util.regex.Matcher advice = java.util.regex.Pattern
        .compile("set task_effort's mean to ([0-9.]+) h and lines_per_hour to ([0-9]+)").matcher(note);
    assertTrue(advice.find(), note);
    java.util.regex.Matcher law = java.util.regex.Pattern.compile("task_effort: \\{(\\w+): \\{mean: ").matcher(r.yaml());
    assertTrue(law.find(), r.yaml());
    dev.deliverysim.scenario.Scenario before = r.loaded().scenario();
    dev.deliverysim.scenario.Scenario after = dev.deliverysim.scenario.ScenarioLoader.withOverrides(r.loaded(),
        List.of("delivery.work.task_effort." + law.group(1) + ".mean=" + advice.group(1) + "h",
            "delivery.work.lines_per_hour=" + advice.group(2))).scenario();
    double busy = load(after).peopleLoad();
    assertTrue(busy > 0.7 && busy < 0.9, "about 80% busy: " + busy);
    assertEquals(lines(before), lines(after), 0.01 * lines(before), "the same PR sizes");

    CalibrateStudy.Result huge = CalibrateStudy.calibrate(agentLog(dir, 2000), options(0, false), Cancellation.none());
    assertTrue(huge.notes().stream().anyMatch(n -> n.contains("Review alone needs") && !n.contains("set task_effort")),
        huge.notes().toString());

    CalibrateStudy.Result human = CalibrateStudy.calibrate(FIXTURES.resolve("fd-git-log.txt"), options(0.25, false),
        Cancellation.none());
    assertTrue(human.notes().stream().noneMatch(n -> n.contains("beyond its people")), human.notes().toString());
  }

  private static dev.deliverysim.scenario.delivery.DeliveryLoad load(dev.deliverysim.scenario.Scenario s) {
    return dev.deliverysim.scenario.delivery.DeliveryLoad.of(
        ((dev.deliverysim.scenario.Scenario.DeliveryBody) s.body()).delivery(), s.stop().horizon());
  }

  private static double lines(dev.deliverysim.scenario.Scenario s) {
    var work = ((dev.deliverysim.scenario.Scenario.DeliveryBody) s.body()).delivery().work();
    return work.taskEffort().mean() * work.linesPerHour();
  }

  @Test
  void defaultNamesAreValidScenarioNames() {
    assertEquals("our-service-calibrated", CalibrateStudy.defaultName(Path.of("/src/our service")));
    assertEquals("prs-calibrated", CalibrateStudy.defaultName(Path.of("prs.json")));
    assertEquals("team-calibrated", CalibrateStudy.defaultName(Path.of("/tmp/.json")));
  }
}
