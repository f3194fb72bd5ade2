package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instability the traffic equations cannot see is told after the run, from the trajectory (issue
 * 15, finding 4): a line starved by blocking grows, and says so; a stable queue and a finite
 * backlog that drains do not cry wolf.
 */
class SettlingTest {
  private static final String GREW = "warning: the work in the system grew through the run";

  @TempDir Path tmp;

  @Test
  void aLineMadeUnstableByBlockingIsToldItDidNotSettle() throws IOException {
    Path line = Files.writeString(tmp.resolve("blocked.yaml"), """
        name: blocked-line
        run: {horizon: 2000h, warmup: 200h, replications: 5}
        job_classes: [{name: job, arrivals: {rate: 0.8}, enter: a}]
        stations:
          - {name: a, service: {exponential: {mean: 1h}}, next: b}
          - {name: b, capacity: 1, when_full: block, service: {exponential: {mean: 1h}}}
        """);
    Cli validate = Cli.run("validate", line.toString());
    assertEquals("", validate.err(), "the traffic equations see two stations at ρ = 0.8");
    Cli run = Cli.run("run", line.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().startsWith(line + ": " + GREW), run.err());
    JsonNode stability = new ObjectMapper().readTree(tmp.resolve("out/summary.json").toFile()).get("stability");
    assertFalse(stability.get("steady_state").asBoolean(), stability.toString());
    assertTrue(stability.get("unsettled").asText().startsWith("the work in the system grew"), stability.toString());
  }

  @Test
  void anOverloadedQueueIsToldBeforeDuringAndAfterTheRun() throws IOException {
    Path queue = Files.writeString(tmp.resolve("overloaded.yaml"), """
        name: overloaded
        run: {horizon: 400000h, replications: 1}
        job_classes: [{name: job, arrivals: {rate: 1.5}, enter: a}]
        stations: [{name: a, service: {exponential: {mean: 1h}}}]
        """);
    Cli run = Cli.run("run", queue.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.err().split("\n");
    assertEquals(3, lines.length, run.err());
    assertTrue(lines[0].contains("warning: stations[0]: station 'a' is unstable"), "before: " + lines[0]);
    assertTrue(lines[1].startsWith(queue + ": warning: 5") && lines[1].contains("% of the way to the horizon, the work"
        + " in the system is still growing"), "during, soon after halfway: " + lines[1]);
    assertTrue(lines[2].startsWith(queue + ": " + GREW), "after: " + lines[2]);
  }

  @Test
  void aStableQueueIsNotCalledGrowing() {
    Cli run = Cli.run("run", "scenarios/mm1.yaml", "--out", tmp.resolve("mm1").toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.err().contains(GREW), run.err());
  }

  @Test
  void aFiniteBacklogThatDrainsIsNotCalledGrowing() {
    Cli run = Cli.run("run", "scenarios/forecast-backlog.yaml", "--out", tmp.resolve("backlog").toString(), "--quiet",
        "--replications", "20");
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.err().contains(GREW), run.err());
  }
}
