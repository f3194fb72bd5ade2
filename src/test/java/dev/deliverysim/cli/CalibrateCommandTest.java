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
    for (String file : List.of("team.yaml", "backtest.csv", "backtest.png", "backtest.svg", "report.html",
        "manifest.json")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    Cli validate = Cli.run("validate", out.resolve("team.yaml").toString());
    assertEquals(0, validate.exit(), validate.err());
    String csv = Files.readString(out.resolve("backtest.csv"));
    assertTrue(csv.startsWith("period,metric,unit,observed,model_median,model_low,model_high,inside,observations\n"
        + "fit,throughput,changes/week,"), csv);
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("Backtest") && report.contains("fitted: "), "the report shows the fits' sources");
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
    assertFalse(Files.exists(out), "nothing written");
  }
}
