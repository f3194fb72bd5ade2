package dev.deliverysim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.YamlTreeReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which numbers a scenario offers for a sensitivity analysis, and how each is changed. */
class NumericParametersTest {
  private static final String YAML = """
      name: demo
      description: 12 things
      units: {hours_per_day: 8, days_per_week: 5, output_unit: w}
      run: {replications: 20, seed: 42, horizon: 52w}
      job_classes:
        - {name: task, arrivals: {rate: 5/w}, enter: coding, priority: high}
      stations:
        - name: coding
          servers: 5
          service: {lognormal: {median: 1.5d, p90: 30m}}
          next: [{to: qa, p: 0.3}]
          preemptive: true
        - {name: qa, servers: 2, service: {fixed: 4 h}, buffer: .5}
      """;

  private static Map<String, NumericParameter> found() {
    Problems problems = new Problems();
    List<NumericParameter> all = NumericParameters.find(YamlTreeReader.readString(YAML, "demo.yaml", problems));
    assertFalse(problems.hasErrors(), problems.format());
    return all.stream().collect(Collectors.toMap(NumericParameter::path, p -> p, (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  @Test
  void findsNumbersDurationsAndRatesInDocumentOrder() {
    assertEquals(List.of("job_classes[0].arrivals.rate", "stations[0].servers",
        "stations[0].service.lognormal.median", "stations[0].service.lognormal.p90", "stations[0].next[0].p",
        "stations[1].servers", "stations[1].service.fixed", "stations[1].buffer"), List.copyOf(found().keySet()));
  }

  @Test
  void leavesOutRunUnitsTextsEnumsAndBooleans() {
    Map<String, NumericParameter> found = found();
    assertTrue(found.keySet().stream().noneMatch(p -> p.startsWith("run.") || p.startsWith("units.")));
    assertFalse(found.containsKey("description"));
    assertFalse(found.containsKey("job_classes[0].priority"));
    assertFalse(found.containsKey("stations[0].preemptive"));
  }

  @Test
  void scalesTheNumberAndKeepsTheUnit() {
    Map<String, NumericParameter> found = found();
    assertEquals(Optional.of("7.5/w"), found.get("job_classes[0].arrivals.rate").changed(0.5));
    assertEquals(Optional.of("1.35d"), found.get("stations[0].service.lognormal.median").changed(-0.1));
    assertEquals(Optional.of("33m"), found.get("stations[0].service.lognormal.p90").changed(0.1));
    assertEquals(Optional.of("6 h"), found.get("stations[1].service.fixed").changed(0.5));
    assertEquals(Optional.of("0.45"), found.get("stations[0].next[0].p").changed(0.5));
    assertEquals(Optional.of("0.25"), found.get("stations[1].buffer").changed(-0.5));
  }

  @Test
  void roundsIntegersAndSkipsChangesThatRoundBackToTheOriginal() {
    NumericParameter five = found().get("stations[0].servers");
    assertTrue(five.integer());
    assertEquals(Optional.of("8"), five.changed(0.5));   // 7.5 rounds half up
    assertEquals(Optional.of("3"), five.changed(-0.5));  // 2.5 rounds half up
    NumericParameter two = found().get("stations[1].servers");
    assertEquals(Optional.empty(), two.changed(0.1));    // 2.2: still 2, no variant to run
    assertEquals(Optional.empty(), two.changed(-0.1));   // 1.8: still 2
    assertEquals(Optional.of("1"), two.changed(-0.5));
    assertEquals("stations[1].servers=1", two.assignment("1"));
  }
}
