package dev.deliverysim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Place;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Paired differences between a base and a variant run on the same random numbers. */
class PairedComparisonTest {
  private static final MetricCatalog ONE = new MetricCatalog(List.of(MetricKey.system("x", Dimension.TIME)));

  private static List<ReplicationResult> rows(double... values) {
    List<ReplicationResult> rows = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows.add(new ReplicationResult(i, new double[] {values[i]}, 0));
    }
    return rows;
  }

  @Test
  void theIntervalIsTheStudentTIntervalOfThePairedDifferences() {
    // differences 1.9, 2, 2.1: mean 2, sd 0.1, half-width t(0.975, 2) × 0.1 / √3
    MetricDifference d = PairedComparison.of(ONE, rows(10, 20, 30), ONE, rows(11.9, 22, 32.1)).get(0);
    double half = TDistribution.of(2).inverseCumulativeProbability(0.975) * 0.1 / Math.sqrt(3);
    assertEquals(2, d.difference(), 1e-12);
    assertEquals(2 - half, d.ci95Low(), 1e-12);
    assertEquals(2 + half, d.ci95High(), 1e-12);
    assertEquals(0.1, d.relativeChange(), 1e-12, "2 on a base mean of 20");
    assertTrue(d.excludesZero());
    MetricDifference noisy = PairedComparison.of(ONE, rows(10, 20, 30), ONE, rows(11, 22, 33)).get(0);
    assertTrue(!noisy.excludesZero(), "differences 1, 2, 3: ±2.48 around 2 includes zero");
  }

  @Test
  void replicationsMustPairUp() {
    assertThrows(IllegalArgumentException.class,
        () -> PairedComparison.of(ONE, rows(1, 2), ONE, rows(1, 2, 3)));
  }

  /**
   * A small change — review 5% faster in the demo pipeline — measured with common random numbers:
   * the paired interval of the difference in mean time in system is much narrower than the
   * unpaired one, √(h_base² + h_variant²), that two independent runs would give.
   */
  @Test
  void forASmallChangeThePairedIntervalIsMuchNarrowerThanAnUnpairedOne() throws ScenarioException {
    Path pipeline = Path.of("scenarios/pipeline.yaml");
    List<String> small = List.of("stations[1].service.lognormal.mean=4.275h");
    SimulationModel base = ScenarioLoader.load(pipeline, List.of()).scenario().model();
    SimulationModel variant = ScenarioLoader.load(pipeline, small).scenario().model();
    ReplicationRunner runner = new ReplicationRunner(2);
    List<ReplicationResult> b = runner.run(base, 42, 0, 20, n -> {});
    List<ReplicationResult> v = runner.run(variant, 42, 0, 20, n -> {});
    MetricDifference paired = PairedComparison.of(base.catalog(), b, variant.catalog(), v).stream()
        .filter(d -> d.key().label().equals("sojourn_mean")).findFirst().orElseThrow();
    MetricSummary sb = Summary.of(base.catalog(), b).get("sojourn_mean");
    MetricSummary sv = Summary.of(variant.catalog(), v).get("sojourn_mean");
    double unpairedHalf = Math.hypot((sb.ci95High() - sb.ci95Low()) / 2, (sv.ci95High() - sv.ci95Low()) / 2);
    double pairedHalf = (paired.ci95High() - paired.ci95Low()) / 2;
    assertTrue(paired.difference() < 0, "faster review, shorter time in system");
    assertTrue(pairedHalf < unpairedHalf / 3,
        "paired ±" + pairedHalf + " should be far narrower than unpaired ±" + unpairedHalf);
    assertTrue(paired.excludesZero(), "the paired interval detects a change the unpaired one may not");
  }
}
