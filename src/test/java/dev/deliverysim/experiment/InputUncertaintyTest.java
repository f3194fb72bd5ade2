package dev.deliverysim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Place;
import dev.deliverysim.model.ReplicationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The random-effects split on data whose two variances are known: y = θ_d + ε, θ ~ N(10, 2²), ε ~ N(0, 1). */
class InputUncertaintyTest {
  private static final MetricCatalog CATALOG = new MetricCatalog(List.of(new MetricKey("y", Place.SYSTEM, Dimension.TIME, "h")));

  private static List<ReplicationResult> nested(int draws, int perDraw, long seed) {
    Random random = new Random(seed);
    List<ReplicationResult> results = new ArrayList<>();
    for (int d = 0; d < draws; d++) {
      double theta = 10 + 2 * random.nextGaussian();
      for (int j = 0; j < perDraw; j++) {
        results.add(new ReplicationResult(results.size(), new double[] {theta + random.nextGaussian()}, 1));
      }
    }
    return results;
  }

  @Test
  void separatesTheInputsSpreadFromTheNoise() {
    InputUncertainty.Split s = InputUncertainty.of(CATALOG, nested(400, 4, 11), 4).get(0);
    assertEquals(400, s.draws());
    assertEquals(2, s.sdInput(), 0.2, s.toString());
    assertEquals(1, s.sdNoise(), 0.05, s.toString());
    assertEquals(0.8, s.inputShare(), 0.05, "σ²_input / (σ²_input + σ²_noise) = 4/5");
    assertTrue(s.ci95Low() < 10 && 10 < s.ci95High(), s.toString());
    assertEquals(10 - 1.645 * 2, s.drawP05(), 0.5, "the draws' means spread as θ does (plus noise / k)");
  }

  @Test
  void theMeansIntervalComesFromTheDrawsNotFromReplicationsTakenAsIndependent() {
    List<ReplicationResult> results = nested(50, 10, 5);
    Summary naive = Summary.of(CATALOG, results);
    Summary nested = InputUncertainty.withDrawIntervals(naive, CATALOG, results, 10);
    double naiveWidth = naive.metrics().get(0).ci95High() - naive.metrics().get(0).ci95Low();
    double nestedWidth = nested.metrics().get(0).ci95High() - nested.metrics().get(0).ci95Low();
    // 500 replications in 50 clusters: the honest interval is about √(design effect) ≈ √(1 + 9·0.8) ≈ 2.9× wider
    assertTrue(nestedWidth > 2 * naiveWidth, naiveWidth + " vs " + nestedWidth);
    assertEquals(naive.metrics().get(0).mean(), nested.metrics().get(0).mean(), 0, "the same mean");
  }

  @Test
  void oneReplicationPerDrawCannotTellTheInputsFromTheNoise() {
    InputUncertainty.Split s = InputUncertainty.of(CATALOG, nested(100, 1, 3), 1).get(0);
    assertTrue(Double.isNaN(s.sdInput()) && Double.isNaN(s.sdNoise()) && Double.isNaN(s.inputShare()));
    assertTrue(s.ci95Low() < s.mean() && s.mean() < s.ci95High());
  }

  @Test
  void drawMeansAverageEachDrawsReplicationsAndDropAnIncompleteLastDraw() {
    List<ReplicationResult> results = nested(3, 2, 1).subList(0, 5);
    List<ReplicationResult> means = InputUncertainty.drawMeans(results, 2);
    assertEquals(2, means.size());
    assertEquals((results.get(2).value(0) + results.get(3).value(0)) / 2, means.get(1).value(0), 1e-12);
  }

  @Test
  void sensitivityRanksAnUncertainInputsValueButNotTheBoundsOfItsRange() throws Exception {
    dev.deliverysim.scenario.LoadedScenario loaded = dev.deliverysim.scenario.ScenarioLoader.load(
        java.nio.file.Path.of("scenarios/small-team-ai-range.yaml"), List.of());
    List<String> paths = dev.deliverysim.experiment.sensitivity.NumericParameters.find(loaded.tree()).stream()
        .map(dev.deliverysim.experiment.sensitivity.NumericParameter::path).toList();
    assertTrue(paths.contains("delivery.ai.coding_effort"), paths.toString());
    assertTrue(paths.stream().noneMatch(p -> p.startsWith("uncertainty")), paths.toString());
  }
}
