package dev.deliverysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declared levers are read and checked like any key; without them each kind gets its usual ones. */
class LeversTest {
  private static final String LINE = """
      name: line
      run: {replications: 4, seed: 1, horizon: 200h}
      job_classes:
        - {name: item, arrivals: {rate: 0.5}, enter: a}
      stations:
        - {name: a, servers: 2, service: {exponential: {mean: 1h}}, next: b}
        - {name: b, servers: 1, capacity: 5, when_full: block, service: {exponential: {mean: 1.5h}}}
      """;

  @Test
  void declaredLeversCarryTheirStartFromTheScenario() throws ScenarioException {
    LoadedScenario loaded = ScenarioLoader.loadString(LINE + """
        levers:
          - {path: "stations[b].servers", label: Testers, min: 1, max: 3}
          - {path: "job_classes[0].arrivals.rate", min: 0.1, max: 1}
        """, "line.yaml", List.of());
    List<Lever> levers = Levers.of(loaded);
    assertEquals(List.of(new Lever("stations[b].servers", "Testers", 1, 3, 1, 1),
        new Lever("job_classes[0].arrivals.rate", "job_classes[0].arrivals.rate", 0.1, 1, 0.045, 0.5)), levers);
  }

  @Test
  void aNetworkWithoutLeversGetsServersAndWipLimitsPerStation() throws ScenarioException {
    LoadedScenario loaded = ScenarioLoader.loadString(LINE, "line.yaml", List.of());
    assertEquals(List.of("stations[a].servers", "stations[b].servers", "stations[b].capacity"),
        Levers.of(loaded).stream().map(Lever::path).toList());
    Lever servers = Levers.of(loaded).get(0);
    assertEquals(2, servers.start());
    assertEquals(1, servers.min());
    assertEquals(6, servers.max(), "about twice the value, at least four more");
  }

  @Test
  void aDeliveryWithoutLeversGetsHeadcountsAiReviewAndMachines() throws ScenarioException {
    LoadedScenario baseline = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of());
    List<String> paths = Levers.of(baseline).stream().map(Lever::path).toList();
    assertEquals(List.of("delivery.teams[seniors].headcount", "delivery.teams[devs].headcount",
        "delivery.teams[qa].headcount", "delivery.ai.adoption", "delivery.review.lines_per_hour",
        "delivery.review.sessions_per_day", "delivery.gates[ci].machines"), paths);
    assertEquals(0, Levers.of(baseline).get(3).start(), "no AI section: adoption starts at none");
    LoadedScenario ai = ScenarioLoader.load(Path.of("scenarios/ai-adoption.yaml"), List.of());
    Lever effort = Levers.of(ai).stream().filter(l -> l.path().equals("delivery.ai.coding_effort")).findFirst()
        .orElseThrow();
    assertEquals(0.79, effort.start(), "the scenario's own value");
  }

  @Test
  void everyDefaultLeverCanBeMovedThroughTheLoader() throws ScenarioException {
    for (String file : List.of("scenarios/baseline.yaml", "scenarios/ai-adoption.yaml", "scenarios/ux-dev-qa.yaml",
        "scenarios/herbie.yaml")) {
      LoadedScenario loaded = ScenarioLoader.load(Path.of(file), List.of());
      for (Lever lever : Levers.of(loaded)) {
        double moved = lever.start() > lever.min() ? lever.start() - lever.step() : lever.start() + lever.step();
        ScenarioLoader.withOverrides(loaded, List.of(lever.assignment(moved))); // throws if refused
      }
    }
  }

  @Test
  void aLeverIsAnAssignmentAsForSet() {
    Lever lever = new Lever("stations[0].servers", "Servers", 1, 5, 1, 2);
    assertEquals("stations[0].servers=3", lever.assignment(3.0));
    assertEquals("x=0.05", new Lever("x", "x", 0, 1, 0.05, 0).assignment(0.05));
    assertThrows(IllegalArgumentException.class, () -> new Lever("x", "x", 2, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Lever("x", "x", 0, 1, 0.1, 2), "start outside");
  }

  @Test
  void aScenarioWithoutLeversLoadsAsBefore() throws ScenarioException {
    LoadedScenario loaded = ScenarioLoader.loadString(LINE, "line.yaml", List.of());
    assertTrue(loaded.scenario().levers().isEmpty());
  }
}
