package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that were accepted and then never finished (issue 15, finding 3) are refused before
 * anything runs, in well under the seconds a user waits, with a located message; and an
 * organisation given more work than it can do is told so (finding 4), a finite backlog is not.
 */
class BoundsTest {
  private static final String BASELINE = "scenarios/baseline.yaml";
  private static final String MM1 = "scenarios/mm1.yaml";

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "scenarios/baseline.yaml|delivery.ai={adoption: 0.5, defect_injection: 1e9}|--set:1:47: error: delivery.ai.defect_injection: expected at most 1000 defects in a task",
      "scenarios/baseline.yaml|run.horizon=1e308h|--set:1:13: error: run.horizon: expected a duration of at most 10^9 h",
      "scenarios/baseline.yaml|delivery.teams[0].headcount=100000|--set:1:29: error: delivery.teams[0].headcount: expected an integer from 1 to 1000",
      "scenarios/baseline.yaml|delivery.teams[0].headcount=1000000000|--set:1:29: error: delivery.teams[0].headcount: expected an integer from 1 to 1000",
      "scenarios/mm1.yaml|job_classes[0].arrivals.rate=1000000|scenarios/mm1.yaml:9:12: error: run.horizon: expected a replication of at most 10^9 events",
      "scenarios/mm1.yaml|job_classes[0].arrivals.rate=1000|scenarios/mm1.yaml:14:5: error: stations[0]: expected a queue that fits in memory",
      "scenarios/baseline.yaml|delivery.work={features: {rate: 1000000/h}, task_effort: {fixed: 1d}}|--set:1:26: error: delivery.work.features: expected a queue that fits in memory",
  })
  void valuesThatWouldNeverFinishAreRefusedAtOnce(String scenario, String set, String message) {
    for (String[] command : new String[][] {{"validate"}, {"run", "--out", tmp.toString()}}) {
      long t0 = System.nanoTime();
      Cli cli = Cli.run(concat(command, scenario, "--set", set));
      assertEquals(2, cli.exit(), cli.err());
      assertTrue(cli.err().contains(message), cli.err());
      assertFalse(cli.printedStackTrace(), cli.err());
      assertTrue(System.nanoTime() - t0 < 5e9, "refused in seconds");
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void aHugeSensitivityChangeIsRefused() {
    Cli cli = Cli.run("sensitivity", MM1, "--changes", "1e9", "--out", tmp.toString());
    assertEquals(2, cli.exit(), cli.err());
    assertTrue(cli.err().contains("--changes: expected percentages > 0 and ≤ 1000"), cli.err());
  }

  @Test
  void aSweepOfAMillionPointsIsRefusedBeforeCheckingThem() {
    long t0 = System.nanoTime();
    Cli cli = Cli.run("sweep", MM1, "--param", "run.seed=1:1000:1", "--param", "run.warmup=1:1000:1",
        "--out", tmp.toString());
    assertEquals(2, cli.exit(), cli.err());
    assertTrue(cli.err().contains("more than 10000000"), cli.err());
    assertTrue(System.nanoTime() - t0 < 5e9, "refused in seconds");
  }

  @Test
  void anOverloadedOrganisationIsToldBeforeItRuns() {
    Cli cli = Cli.run("validate", BASELINE, "--set", "delivery.work={features: {rate: 10/d}, task_effort: {fixed: 1d}}");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.err().contains("warning: delivery.work.features: the organisation is overloaded: coding and review"
        + " alone need about 1.52× the focused hours its people have"), cli.err());
  }

  @Test
  void aFiniteBacklogThatDrainsIsNotCalledOverloaded() {
    Cli cli = Cli.run("validate", BASELINE);
    assertEquals(0, cli.exit(), cli.err());
    assertEquals("", cli.err());
  }
}
