package dev.deliverysim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The uncertainty section: checked at its positions, drawn per outer draw from its own streams. */
class UncertaintyTest {
  private static final String LINE = """
      name: line
      run: {replications: 6, seed: 4, horizon: 300h}
      job_classes:
        - {name: job, arrivals: {rate: 0.5}, enter: a}
      stations:
        - {name: a, servers: 2, service: {exponential: {mean: 1h}}}
      """;

  private static String messages(String uncertainty) {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.loadString(LINE + uncertainty, "line.yaml", List.of()));
    return e.getMessage();
  }

  /** Found by the fuzz test: a triangular draw near the end of a range of 1e308 overflowed to −∞. */
  @Test
  void aRangeTooWideForADrawIsRefusedWhereItIsWritten() {
    String message = messages("""
        uncertainty:
          inputs:
            - {path: "stations[a].service.exponential.mean", triangular: {min: 0.44, mode: 0.79, max: 1.0E308}}
        """);
    assertTrue(message.contains("line.yaml:9:") && message.contains("uncertainty.inputs[0].triangular.max: expected a"
        + " range narrower than 1e154 (max − min), received: min 0.44, max 1.0E308"), message);
  }

  @Test
  void eachMistakeIsReportedWhereItWasWritten() {
    assertTrue(messages("""
        uncertainty:
          inputs:
            - {path: run.horizon, uniform: {min: 100h, max: 200h}}
        """).contains("line.yaml:9:14: error: uncertainty.inputs[0].path: an uncertain input is part of the system"
        + " simulated: run.* cannot be one"), "run.* describes the experiment");
    assertTrue(messages("""
        uncertainty:
          inputs:
            - {path: "stations[a].capacity", uniform: {min: 2, max: 4}}
        """).contains("uncertainty.inputs[0].path: expected the path (as for --set) of a value the scenario sets"));
    assertTrue(messages("""
        uncertainty:
          inputs:
            - {path: "stations[a].servers", uniform: {min: 3, max: 3}}
        """).contains("uncertainty.inputs[0].uniform.max: expected a value above min (3), received: 3"));
    assertTrue(messages("""
        uncertainty:
          inputs:
            - {path: "job_classes[0].arrivals.rate", uniform: {min: 0.4, max: 1/h}}
        """).contains("expected min and max written alike"));
    assertTrue(messages("""
        uncertainty:
          inputs:
            - {path: "job_classes[0].arrivals.rate", uniform: {min: 0.4, max: 0.6}, triangular: {min: 0.4, mode: 0.5, max: 0.6}}
        """).contains("expected exactly one law"));
    assertTrue(messages("""
        uncertainty:
          replications_per_draw: 4
          inputs:
            - {path: "job_classes[0].arrivals.rate", uniform: {min: 0.4, max: 0.6}}
        """).contains("line.yaml:2:21: error: run.replications: with uncertain inputs the replications fill whole draws:"
        + " expected a multiple of uncertainty.replications_per_draw (4), received: 6"));
    assertTrue(messages("""
        uncertainty:
          inputs:
            - {path: "stations[a].servers", uniform: {min: 0, max: 3}}
        """).contains("uncertainty.inputs[0]: with stations[a].servers at 0 (an end of its range) the scenario is not"
        + " valid: stations[0].servers: expected an integer ≥ 1"));
  }

  @Test
  void replicationsOfOneDrawShareItsInputsAndADrawDependsOnlyOnTheSeedAndItsIndex() throws ScenarioException {
    LoadedScenario loaded = ScenarioLoader.loadString(LINE + """
        uncertainty:
          replications_per_draw: 3
          inputs:
            - {path: "job_classes[0].arrivals.rate", uniform: {min: 0.2, max: 0.6}}
            - {path: "stations[a].servers", triangular: {min: 1, mode: 2, max: 4}}
        """, "line.yaml", List.of());
    Uncertainty u = loaded.scenario().uncertainty();
    assertEquals(3, u.perDraw());
    assertEquals(1, u.drawOf(3));
    assertEquals(1, u.drawOf(5));
    assertArrayEquals(u.draw(4, 1), u.draw(4, 1));
    assertFalse(java.util.Arrays.equals(u.draw(4, 0), u.draw(4, 1)), "draws differ");
    for (int d = 0; d < 50; d++) {
      double[] v = u.draw(4, d);
      assertTrue(v[0] >= 0.2 && v[0] <= 0.6, "within the range");
      assertTrue(v[1] == Math.rint(v[1]) && v[1] >= 1 && v[1] <= 4, "a server count is drawn whole: " + v[1]);
    }
    // the same input in another scenario draws the same values: common random numbers in a comparison
    LoadedScenario other = ScenarioLoader.loadString(LINE.replace("mean: 1h", "mean: 0.5h") + """
        uncertainty:
          replications_per_draw: 3
          inputs:
            - {path: "job_classes[0].arrivals.rate", uniform: {min: 0.2, max: 0.6}}
        """, "other.yaml", List.of());
    assertEquals(u.draw(4, 7)[0], other.scenario().uncertainty().draw(4, 7)[0]);
    // a replication runs its draw's scenario: the same numbers as the scenario written with those values
    SimulationModel model = loaded.scenario().model();
    double[] drawn = u.draw(4, 1);
    LoadedScenario fixed = ScenarioLoader.loadString(LINE, "line.yaml", List.of(
        "job_classes[0].arrivals.rate=" + Lever.format(drawn[0]), "stations[a].servers=" + Lever.format(drawn[1])));
    ReplicationResult expected = fixed.scenario().model().replicate(4, 4);
    assertArrayEquals(expected.values(), model.replicate(4, 4).values());
  }

  @Test
  void durationsAndRatesAreWrittenAsTheValueIs() throws ScenarioException {
    Uncertainty u = ScenarioLoader.loadString(LINE + """
        units: {hours_per_day: 8}
        uncertainty:
          replications_per_draw: 2
          inputs:
            - {path: "job_classes[0].arrivals.rate", triangular: {min: 2/d, mode: 4/d, max: 6/d}}
            - {path: "stations[a].service.exponential.mean", uniform: {min: 30m, max: 1.5h}}
        """, "line.yaml", List.of()).scenario().uncertainty();
    assertEquals(0.25, u.inputs().get(0).min(), 1e-12, "2 a day of 8 hours: per hour");
    assertEquals(0.5, u.inputs().get(0).mean(), 1e-12);
    assertEquals(Quantity.Kind.DURATION, u.inputs().get(1).kind());
    assertEquals(1.0, u.inputs().get(1).mean(), 1e-12, "in hours");
  }

  @Test
  void aShippedScenarioWithoutTheSectionHasNone() throws ScenarioException {
    assertFalse(ScenarioLoader.load(Path.of("scenarios/small-team.yaml"), List.of()).scenario().uncertainty().present());
  }
}
