package dev.deliverysim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.RunWatch;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long replication is watched while it runs (issue 15): progress moves inside it, work that keeps
 * growing is told halfway through rather than only at the end, and a cancellation stops it mid-way.
 * A stable queue, a batch that drains and every shipped scenario's trajectory are not called growing.
 */
class LiveRunTest {
  /** Arrivals at 1.5 per hour into one server of rate 1: about a million events in one replication. */
  private static final String OVERLOADED = """
      name: overloaded
      run: {horizon: 400000h, replications: 1}
      job_classes: [{name: job, arrivals: {rate: 1.5}, enter: a}]
      stations: [{name: a, service: {exponential: {mean: 1h}}}]
      """;
  private static final String STABLE = OVERLOADED.replace("rate: 1.5", "rate: 0.9");
  /** 800,000 jobs waiting at the start, none arriving: the work only falls. */
  private static final String DRAINING = """
      name: draining
      run: {horizon: 1000000h, replications: 1}
      job_classes: [{name: job, arrivals: {interarrival: {fixed: 2000000h}}, enter: a}]
      stations: [{name: a, start_with: 800000, service: {exponential: {mean: 1h}}}]
      """;

  private static SimulationModel model(String yaml) throws ScenarioException {
    return ScenarioLoader.loadString(yaml, "test.yaml", List.of()).scenario().model();
  }

  /** What a run told, in order: progress as "p" entries, notices as "n", the end as "end". */
  private static List<String> watch(String yaml, Cancellation cancellation, boolean cancelAtFirstLook)
      throws ScenarioException {
    Scenario scenario = ScenarioLoader.loadString(yaml, "test.yaml", List.of()).scenario();
    List<String> told = new ArrayList<>();
    LiveRun live = new LiveRun(scenario.stop(), 0, 0, done -> {
      synchronized (told) {
        told.add("p" + done);
      }
      if (cancelAtFirstLook) {
        cancellation.cancel();
      }
    }, notice -> {
      synchronized (told) {
        told.add("n " + notice);
      }
    });
    new ReplicationRunner(1, cancellation).run(scenario.model(), scenario.seed(), 0, 1, live);
    told.add("end");
    return told;
  }

  @Test
  void progressMovesInsideALongReplication() throws ScenarioException {
    List<String> told = watch(STABLE, Cancellation.none(), false);
    List<Double> shares = told.stream().filter(t -> t.startsWith("p")).map(t -> Double.parseDouble(t.substring(1)))
        .toList();
    assertTrue(shares.stream().filter(s -> s > 0 && s < 1).count() >= 10, shares.toString());
    for (int i = 1; i < shares.size(); i++) {
      assertTrue(shares.get(i) >= shares.get(i - 1), "progress never goes back: " + shares);
    }
    assertEquals(1.0, shares.get(shares.size() - 1), "the finished replication counts whole");
  }

  @Test
  void workThatKeepsGrowingIsToldHalfwayNotOnlyAtTheEnd() throws ScenarioException {
    List<String> told = watch(OVERLOADED, Cancellation.none(), false);
    List<String> notices = told.stream().filter(t -> t.startsWith("n ")).toList();
    assertEquals(1, notices.size(), "told once: " + notices);
    assertTrue(notices.get(0).contains("the work in the system is still growing"), notices.get(0));
    int at = told.indexOf(notices.get(0));
    double progressThen = told.subList(0, at).stream().filter(t -> t.startsWith("p"))
        .mapToDouble(t -> Double.parseDouble(t.substring(1))).max().orElse(0);
    assertTrue(progressThen >= 0.5 && progressThen < 0.6, "told soon after halfway, at " + progressThen);
  }

  @Test
  void aStableQueueAndADrainingBatchAreNotCalledGrowing() throws ScenarioException {
    for (String yaml : List.of(STABLE, DRAINING)) {
      List<String> told = watch(yaml, Cancellation.none(), false);
      assertTrue(told.stream().noneMatch(t -> t.startsWith("n ")), told.toString());
      assertTrue(told.size() > 20, "looked at often enough to judge: " + told.size());
    }
  }

  @Test
  void aWatchedReplicationIsTheSameAsAnUnwatchedOne() throws ScenarioException {
    for (Path file : List.of(Path.of("scenarios/ai-adoption.yaml"), Path.of("scenarios/ux-dev-qa.yaml"))) {
      Scenario scenario = ScenarioLoader.load(file, List.of()).scenario();
      SimulationModel model = scenario.model();
      long[] looks = new long[1];
      var watched = model.replicate(scenario.seed(), 3, (now, inSystem) -> looks[0]++);
      var plain = model.replicate(scenario.seed(), 3);
      assertArrayEquals(plain.values(), watched.values(), file.toString());
      assertEquals(plain.events(), watched.events());
      assertEquals(plain.events() / RunWatch.EVERY_EVENTS, looks[0], 1, "looked every " + RunWatch.EVERY_EVENTS);
    }
  }

  @Test
  void aCancellationStopsAReplicationMidWay() {
    Cancellation cancellation = new Cancellation();
    List<String> told = new ArrayList<>();
    assertThrows(CancelledException.class, () -> told.addAll(watch(OVERLOADED, cancellation, true)));
    assertTrue(told.isEmpty(), "the run did not end normally");
  }

  /** The rule itself, fed every snapshot of a trajectory: never growing for what ships. */
  static Stream<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"), 2)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void noShippedScenarioIsCalledGrowing(Path file) throws ScenarioException {
    Scenario scenario = ScenarioLoader.load(file, List.of()).scenario();
    if (!Double.isFinite(scenario.stop().horizon()) || scenario.stop().maxJobs() > 0) {
      return; // no horizon to be halfway to
    }
    Timeline line = scenario.model().timeline(scenario.seed(), 0, scenario.stop().horizon() / 400, RunWatch.NONE);
    GrowthWatch growth = new GrowthWatch(scenario.stop());
    for (int k = 0; k < line.times().length; k++) {
      assertFalse(growth.look(line.times()[k], Math.round(line.arrived()[k] - line.done()[k])),
          () -> file + ": " + growth.sentence());
    }
  }
}
