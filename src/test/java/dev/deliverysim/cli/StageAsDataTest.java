package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage added by a scenario alone — a security review by a team with a skill of its own, and a
 * pure delay — shows in every output of run, compare and sweep, as the built-in stages do.
 */
class StageAsDataTest {
  @TempDir Path dir;

  @Test
  void aSecurityReviewStageShowsInEveryOutputOfRun() throws IOException {
    Path out = dir.resolve("run");
    Cli run = Cli.run("run", "scenarios/security-review.yaml", "--replications", "4", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith("security ")), "stage row:\n" + run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith("staging-soak ")), "delay row:\n" + run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.contains("team") && l.contains("security")), "hours column:\n" + run.out());
    String summary = Files.readString(out.resolve("summary.csv"));
    assertTrue(summary.contains("\nwait_mean,security,"), summary);
    assertTrue(summary.contains("\nhours_security,appsec,"), summary);
    assertTrue(summary.contains("\ntime_in_stage_mean,staging-soak,"), summary);
    String series = Files.readString(out.resolve("timeseries.csv"));
    assertTrue(series.contains(",security queue,security,true,") && series.contains(",security,security,false,"), "timeline states");
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("security") && report.contains("appsec"), "report.html names the stage and the team");
  }

  @Test
  void aSecurityReviewStageShowsInCompareAndSweep() throws IOException {
    for (String name : new String[] {"baseline.yaml", "security-review.yaml"}) {
      Files.copy(Path.of("scenarios", name), dir.resolve(name));
    }
    Files.writeString(dir.resolve("one-appsec.yaml"), """
        extends: security-review.yaml
        name: one-appsec
        delivery:
          teams:
            - {name: appsec, headcount: 1, skills: [security]}
        """);
    Path compared = dir.resolve("compare");
    Cli compare = Cli.run("compare", dir.resolve("security-review.yaml").toString(),
        dir.resolve("one-appsec.yaml").toString(), "--replications", "4", "--quiet", "--out", compared.toString());
    assertEquals(0, compare.exit(), compare.err());
    String comparison = Files.readString(compared.resolve("comparison.csv"));
    assertTrue(comparison.contains(",wait_mean,security,") && comparison.contains(",hours_security,appsec,"), comparison);
    assertTrue(Files.readString(compared.resolve("report.html")).contains("appsec&apos;s hours security a week per person"),
        "compare report: the new activity by its label");

    Path swept = dir.resolve("sweep");
    Cli sweep = Cli.run("sweep", dir.resolve("security-review.yaml").toString(), "--param",
        "delivery.teams[2].headcount=1,2", "--replications", "3", "--quiet", "--out", swept.toString());
    assertEquals(0, sweep.exit(), sweep.err());
    assertTrue(Files.readString(swept.resolve("sweep.csv")).contains(",hours_security,appsec,"), "sweep.csv");
    assertTrue(Files.readString(swept.resolve("bottleneck.csv")).contains(",security,"), "bottleneck.csv");
  }

  /** Names that used to crash a run after validate passed: a gate named like a team, or like a fixed stream. */
  @Test
  void aPeopleGateNamedLikeItsTeamAndAGateNamedFlakinessRun() throws IOException {
    Path scenario = dir.resolve("names.yaml");
    Files.writeString(scenario, """
        name: names
        run: {replications: 2, horizon: 8w, seed: 1}
        delivery:
          work: {features: {rate: 10/w}, task_effort: {fixed: 4h}}
          teams:
            - {name: devs, headcount: 4, skills: [code, review]}
            - {name: qa, headcount: 1, skills: [test]}
          gates:
            - {name: flakiness, machines: 2, duration: {fixed: 10m}, detection: 0.2, flakiness: 0.1}
            - {name: qa, duration: {fixed: 30m}, detection: 0.3}
        """);
    Cli run = Cli.run("run", scenario.toString(), "--numbers-only", "--out", dir.resolve("out").toString());
    assertEquals(0, run.exit(), run.err());
    String summary = Files.readString(dir.resolve("out/summary.csv"));
    assertTrue(summary.contains("\nutilisation,flakiness,") && summary.contains("\nutilisation,qa,"), summary);
  }
}
