package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} command as a user drives it: files written, determinism, overrides, replays. */
class RunCommandTest {
  private static final String MM1 = "scenarios/mm1.yaml";
  private static final String[] SHORT = {"--replications", "4", "--set", "run.horizon=2000h", "--set", "run.warmup=200h"};

  @TempDir Path tmp;

  private Cli run(Path out, String... more) {
    String[] args = concat(new String[] {"run", MM1, "--out", out.toString()}, SHORT, more);
    return Cli.run(args);
  }

  @Test
  void writesEveryResultFileAndACompleteManifest() throws IOException {
    Cli cli = run(tmp);
    assertEquals(0, cli.exit(), cli.err());
    for (String f : List.of("summary.json", "summary.csv", "replications.csv", "manifest.json")) {
      assertTrue(Files.size(tmp.resolve(f)) > 0, f);
    }
    JsonNode manifest = new ObjectMapper().readTree(tmp.resolve("manifest.json").toFile());
    assertTrue(manifest.get("complete").asBoolean());
    assertEquals(64, manifest.get("scenario_sha256").asText().length());
    assertEquals(4, manifest.get("replications").asInt());
    assertEquals("run.horizon=2000h", manifest.get("overrides").get(0).asText());
    assertEquals("run.replications=4", manifest.get("overrides").get(2).asText());
    String csv = Files.readString(tmp.resolve("summary.csv"));
    assertTrue(csv.startsWith("metric,station,class,unit,n,mean,sd,ci95_low,ci95_high,p50,p85,p95\n"), csv);
    assertEquals(5, Files.readAllLines(tmp.resolve("replications.csv")).size(), "header + 4 rows");
    assertTrue(cli.out().contains("time in system, mean (hours)"), cli.out());
    try (var leftovers = Files.list(tmp)) {
      assertFalse(leftovers.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
    // Results get the permissions any new file gets here (the umask), not owner-only 0600.
    Path ordinary = Files.createFile(tmp.resolve("ordinary.txt"));
    assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(tmp.resolve("summary.csv")));
  }

  @Test
  void resultsAreByteIdenticalOnOneThreadAndOnMany() throws IOException {
    Path one = tmp.resolve("one");
    Path many = tmp.resolve("many");
    assertEquals(0, run(one, "--threads", "1").exit());
    assertEquals(0, run(many, "--threads", "3").exit());
    for (String f : List.of("summary.json", "summary.csv", "replications.csv", "timeseries.csv",
        "finished.csv", "flow.png", "flow.svg", "queues.png", "throughput.png", "lead-time.png",
        "lead-time-scatter.png", "lead-time-scatter.svg")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(many.resolve(f)), f);
    }
  }

  @Test
  void replayingOneReplicationReproducesItsRow() throws IOException {
    Path all = tmp.resolve("all");
    Path only = tmp.resolve("only");
    assertEquals(0, run(all).exit());
    assertEquals(0, run(only, "--only-replication", "2").exit());
    String row = Files.readAllLines(all.resolve("replications.csv")).get(3);
    assertEquals(row, Files.readAllLines(only.resolve("replications.csv")).get(1));
  }

  @Test
  void zeroThreadsIsAUsageErrorForEveryCommand() {
    for (String[] command : List.of(new String[] {"run", MM1}, new String[] {"compare", MM1, MM1},
        new String[] {"sweep", "scenarios/ux-dev-qa.yaml"}, new String[] {"sensitivity", MM1},
        new String[] {"forecast", "scenarios/forecast-backlog.yaml", "--start", "2026-12-01"})) {
      Cli cli = Cli.run(concat(command, new String[] {"--threads", "0", "--out", tmp.resolve("x").toString()}));
      assertEquals(2, cli.exit(), command[0]);
      assertTrue(cli.err().startsWith("--threads: expected an integer ≥ 1, received: 0"), cli.err());
      assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
    }
  }

  @Test
  void aBadOverrideIsLocatedInTheArgument() {
    Cli cli = run(tmp, "--set", "stations[0].servers=zero");
    assertEquals(2, cli.exit());
    assertEquals(
        "--set:1:21: error: stations[0].servers: expected an integer ≥ 1 or 'unlimited', received: \"zero\"",
        cli.err().strip());
    assertFalse(Files.exists(tmp.resolve("manifest.json")));
  }

  @Test
  void anUnstableScenarioIsNamedBeforeTheRunAndFlaggedInTheOutput() throws IOException {
    Cli cli = run(tmp, "--set", "stations[0].service.exponential.mean=1.2h");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.err().contains("station 'server' is unstable: offered load 1.080"), cli.err());
    assertTrue(cli.out().contains("UNSTABLE: server"), cli.out());
    JsonNode summary = new ObjectMapper().readTree(tmp.resolve("summary.json").toFile());
    assertFalse(summary.get("stability").get("steady_state").asBoolean());
  }

  @Test
  void aDeliveryRunMakesNoStabilityClaimItDidNotAnalyse() throws IOException {
    // demand well below capacity: nothing grows, so nothing unsettled is found to report
    Cli cli = Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--set", "delivery.work.features.rate=2/w",
        "--out", tmp.toString());
    assertEquals(0, cli.exit(), cli.err());
    JsonNode summary = new ObjectMapper().readTree(tmp.resolve("summary.json").toFile());
    assertTrue(summary.get("stability").get("steady_state").isNull());
  }

  @Test
  void aMissingScenarioFileIsBadInputNotACrash() {
    Cli cli = Cli.run("run", "no/such/file.yaml");
    assertEquals(2, cli.exit());
    assertTrue(cli.err().startsWith("no/such/file.yaml:1:1: error:"), cli.err());
    assertFalse(cli.printedStackTrace());
  }

  @Test
  void usageErrorsExitWithTwoAndHelpShowsAnExample() {
    assertEquals(2, Cli.run("run").exit());
    assertEquals(2, Cli.run("run", MM1, "--no-such-option").exit());
    assertEquals(2, Cli.run("frobnicate").exit());
    for (String command : List.of("run", "validate", "bench")) {
      Cli help = Cli.run(command, "--help");
      assertEquals(0, help.exit());
      assertTrue(help.out().contains("Example"), command + " help has an example");
    }
    Cli version = Cli.run("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("deliverysim "));
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }

  @Test
  void aTargetPrecisionIsReportedAndMisusedPrecisionOptionsAreUsageErrors() throws IOException {
    Cli cli = run(tmp.resolve("p"), "--precision", "5%", "--precision-metric", "sojourn_mean", "--max-replications", "40");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("Replications until the 95% interval of time in system (mean) was within ±5% of its"
        + " mean: "), cli.out());
    assertTrue(Files.exists(tmp.resolve("p/precision.csv")));
    for (String[] bad : List.of(new String[] {"--precision", "0"}, new String[] {"--precision", "150%"},
        new String[] {"--precision", "two"}, new String[] {"--max-replications", "5"},
        new String[] {"--precision-metric", "throughput"}, new String[] {"--precision", "2%", "--max-replications", "0"},
        new String[] {"--precision", "2%", "--only-replication", "1"})) {
      Cli refused = run(tmp.resolve("never"), bad);
      assertEquals(2, refused.exit(), String.join(" ", bad) + ": " + refused.err());
      assertFalse(refused.printedStackTrace(), refused.err());
    }
    Cli unknown = run(tmp.resolve("never"), "--precision", "2%", "--precision-metric", "sojurn_mean");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("--precision-metric: unknown metric 'sojurn_mean' (did you mean 'sojourn_mean'?)"),
        unknown.err());
    assertFalse(Files.exists(tmp.resolve("never")));
  }
}
