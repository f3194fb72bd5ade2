package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.sensitivity.NumericParameter;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code sensitivity} ranks levers a leader can pull; what defines the work is ranked only when named. */
class SensitivityLeversTest {
  private static SensitivityStudy.Result sensitivity(List<String> params) throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/small-team.yaml"),
        List.of("run.replications=2", "run.horizon=4w", "run.warmup=1w"));
    return SensitivityStudy.run(loaded, new SensitivityStudy.Options(2, params, null, List.of(50.0)),
        StudyListener.SILENT, Cancellation.none());
  }

  @Test
  void byDefaultTheWorkItselfAndThePricesAreNotRanked() throws Exception {
    SensitivityStudy.Result r = sensitivity(List.of());
    List<String> ranked = r.parameters().stream().map(NumericParameter::path).toList();
    assertTrue(ranked.contains("delivery.teams[0].headcount"), ranked.toString());
    assertFalse(ranked.stream().anyMatch(p -> p.startsWith("delivery.work.")), ranked.toString());
    assertFalse(ranked.stream().anyMatch(p -> p.startsWith("costs.")), "prices move no metric: " + ranked);
    assertTrue(r.definitions().stream().anyMatch(p -> p.path().equals("delivery.work.tasks_per_feature.uniform.max")));
  }

  @Test
  void aDefinitionNamedWithParamIsRanked() throws Exception {
    SensitivityStudy.Result r = sensitivity(List.of("delivery.work.lines_per_hour"));
    assertEquals(List.of("delivery.work.lines_per_hour"), r.parameters().stream().map(NumericParameter::path).toList());
    assertTrue(r.definitions().isEmpty());
  }
}
