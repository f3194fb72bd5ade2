package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/calibrate");

  @Test
  void ghJsonGivesAScenarioThatValidatesABacktestAndAReport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("team");
    Cli cli = Cli.run("calibrate", FIXTURES.resolve("gh-prs.json").toString(), "--holdout", "0", "--replications", "20",
        "--name", "team", "--out", out.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.err().contains("thin history"), "three PRs by people: said to be thin: " + cli.err());
    for (String file : List.of("team.yaml", "backtest.csv", "forecast.csv", "backtest.png", "backtest.svg",
        "report.html", "manifest.json")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    Cli validate = Cli.run("validate", out.resolve("team.yaml").toString());
    assertEquals(0, validate.exit(), validate.err());
    String csv = Files.readString(out.resolve("backtest.csv"));
    assertTrue(csv.startsWith("period,metric,unit,observed,model_median,model_low,model_high,inside,observations\n"
        + "fit,throughput,changes/week,"), csv);
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("Backtest") && report.contains("fitted: "), "the report shows the fits' sources");
    // the one command's forecast, worded as forecast words it: in the terminal, the report and a CSV
    assertTrue(cli.out().contains("forecast from ") && cli.out().contains("P(done by "), cli.out());
    assertTrue(report.contains("Forecast at the history") && report.contains("items_by_date"), "a forecast section");
    assertTrue(Files.readString(out.resolve("forecast.csv")).startsWith("mode,quantity,percentile,value,unit,date\n"
        + "history,trials,,10000,trials,\nhistory,completion,p50,"));
    for (String name : List.of("alice", "bob", "carol")) {
      assertFalse(Files.readString(out.resolve("team.yaml")).contains(name), "no names in the scenario");
      assertFalse(report.contains(name), "no names in the report");
      assertFalse(csv.contains(name));
    }
  }

  @Test
  @Tag("slow")
  void aRealGitLogCalibratesAndBacktestsTheSameBytesWhateverTheThreads(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    String log = FIXTURES.resolve("fd-git-log.txt").toString();
    Cli a = Cli.run("calibrate", log, "--threads", "1", "--out", one.toString(), "--quiet");
    Cli b = Cli.run("calibrate", log, "--threads", "2", "--out", two.toString(), "--quiet");
    assertEquals(0, a.exit(), a.err());
    assertEquals(0, b.exit(), b.err());
    assertEquals("", a.out(), "--quiet prints nothing");
    for (String file : List.of("fd-git-log-calibrated.yaml", "backtest.csv")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
    }
    assertTrue(Files.readString(one.resolve("backtest.csv")).contains("held-out,throughput"), "a held-out period");
  }

  @Test
  void badInputIsOneLocatedLineExitTwoAndNothingWritten(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("prs.json");
    Files.writeString(bad, "[{\"number\": 1, \"createdAt\": \"yesterday\"}]");
    Path out = dir.resolve("out");
    Cli cli = Cli.run("calibrate", bad.toString(), "--out", out.toString());
    assertEquals(2, cli.exit());
    assertEquals("deliverysim calibrate: " + bad + ": $[0].createdAt: expected a timestamp such as"
        + " 2026-09-01T10:00:00Z (ISO 8601), 2026-09-01 10:00 or 01/Sep/26 10:00 AM, received: \"yesterday\"\n",
        cli.err());
    assertFalse(cli.printedStackTrace());
    assertFalse(Files.exists(out), "nothing half-written");
    Cli missing = Cli.run("calibrate", dir.resolve("nope.json").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("nope.json: no such file or folder"), missing.err());
    Cli holdout = Cli.run("calibrate", FIXTURES.resolve("gh-prs.json").toString(), "--holdout", "lots");
    assertEquals(2, holdout.exit());
    assertTrue(holdout.err().contains("--holdout: expected a share such as 25% or 0.25, received: 'lots'"),
        holdout.err());
    Cli name = Cli.run("calibrate", FIXTURES.resolve("gh-prs.json").toString(), "--name", "../x", "--out",
        out.toString());
    assertEquals(2, name.exit());
    assertTrue(name.err().startsWith("deliverysim calibrate: --name: expected a name that can be a folder name"),
        name.err());
    Cli replications = Cli.run("calibrate", FIXTURES.resolve("gh-prs.json").toString(), "--replications", "0");
    assertEquals("deliverysim calibrate: --replications: expected an integer from 1 to 1000000, received: 0\n",
        replications.err());
    Cli weeks = Cli.run("calibrate", FIXTURES.resolve("gh-prs.json").toString(), "--forecast-weeks", "0", "--out",
        out.toString());
    assertEquals("deliverysim calibrate: --forecast-weeks: expected an integer from 1 to 520, received: 0\n",
        weeks.err());
    assertEquals(2, weeks.exit());
    assertFalse(Files.exists(out), "nothing written");
  }

  /** The done-when's last step: compare on the fitted scenario answers "with AI" and "one more reviewer". */
  @Test
  void compareOnTheFittedScenarioAnswersWithAiAndAnotherReviewer(@TempDir Path dir) throws Exception {
    Path team = dir.resolve("team");
    Cli calibrate = Cli.run("calibrate", FIXTURES.resolve("gh-prs.json").toString(), "--holdout", "0",
        "--replications", "10", "--name", "team", "--out", team.toString(), "--quiet");
    assertEquals(0, calibrate.exit(), calibrate.err());
    String headcount = Files.readAllLines(team.resolve("team.yaml")).stream()
        .filter(l -> l.strip().startsWith("headcount:")).findFirst().orElseThrow().replaceAll("^\\s*headcount: (\\d+).*", "$1");
    Path out = dir.resolve("what-if");
    Cli compare = Cli.run("compare", team.resolve("team.yaml").toString(),
        "--set-variant", "ai:delivery.ai.adoption=0.8", "--set-variant", "ai:delivery.ai.coding_effort=0.79",
        "--set-variant", "ai:delivery.ai.pr_size=2.54", "--set-variant", "ai:delivery.ai.defect_injection=0.4",
        "--set-variant", "reviewer:delivery.teams[devs].headcount=" + (Integer.parseInt(headcount) + 1),
        "--replications", "100", "--out", out.toString(), "--quiet");
    assertEquals(0, compare.exit(), compare.err());
    List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
    // with the assistant each PR takes less coding; with one more reviewer PRs wait less for a first review
    assertTrue(relativeHigh(rows, "ai", "hours_coding,devs") < 0, "AI cuts coding hours");
    assertTrue(relativeHigh(rows, "reviewer", "review_pickup_mean,") < 0, "another reviewer cuts the wait");
  }

  /** The round trip as a user makes it: run a known team with --export-history, calibrate each export. */
  @Test
  @Tag("slow")
  void aSimulatedHistoryInEveryFormatCalibrates(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run");
    Cli sim = Cli.run("run", FIXTURES.resolve("roundtrip-team.yaml").toString(), "--export-history", "--out",
        run.toString(), "--quiet");
    assertEquals(0, sim.exit(), sim.err());
    for (String file : List.of("history-stages.csv", "history-prs.json", "history-git-log.txt",
        "history-jira-changelog.csv")) {
      Path out = dir.resolve("cal-" + file);
      Cli cal = Cli.run("calibrate", run.resolve(file).toString(), "--replications", "10", "--out", out.toString(),
          "--quiet");
      assertEquals(0, cal.exit(), file + ": " + cal.err());
      String yaml = Files.readString(out.resolve(file.replaceFirst("\\.[^.]*$", "") + "-calibrated.yaml"));
      // roundtrip-team.yaml: 6 a week; over 30 fitted weeks the weekly mean is 6 ± 1.2 (99%)
      double rate = Double.parseDouble(yaml.replaceAll("(?s).*\n      rate: ([0-9.]+)/w.*", "$1"));
      assertTrue(Math.abs(rate - 6) < 1.2, file + ": rate " + rate);
    }
    Cli network = Cli.run("run", "scenarios/mm1.yaml", "--export-history", "--out", dir.resolve("mm1").toString());
    assertEquals(2, network.exit());
    assertTrue(network.err().contains("--export-history: 'mm1' is a queueing network"), network.err());
  }

  /** The upper end of the 95% interval of the relative change of {@code metric} (metric,station) in {@code variant}. */
  private static double relativeHigh(List<String> rows, String variant, String metric) {
    String row = rows.stream().filter(r -> r.startsWith("team," + variant + "," + metric + ",")).findFirst()
        .orElseThrow(() -> new AssertionError(variant + " " + metric + " not in comparison.csv"));
    return Double.parseDouble(row.split(",")[14]);
  }
}
