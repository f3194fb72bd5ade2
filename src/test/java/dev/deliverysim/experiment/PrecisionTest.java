package dev.deliverysim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replications in batches until a target precision: contiguous batches, the projected need, the cap. */
class PrecisionTest {
  /** A gauge whose half-width shrinks exactly as c/√n, as a mean's does. */
  private record Ideal(double c, List<int[]> batches) {
    Precision.Batch batch() {
      return (first, count) -> batches.add(new int[] {first, count});
    }

    Map<String, Double> gauge() {
      int n = batches.stream().mapToInt(b -> b[1]).sum();
      return Map.of("m", c / Math.sqrt(n));
    }
  }

  @Test
  void aPilotPreciseEnoughIsTheWholeRun() {
    Ideal ideal = new Ideal(0.01, new ArrayList<>());
    Precision.Reached r = new Precision(0.02, List.of("m"), 100).run(10, ideal.batch(), ideal::gauge);
    assertEquals(10, r.replications());
    assertEquals(1, r.batches());
    assertTrue(r.met());
  }

  @Test
  void theSecondBatchGoesStraightToTheProjectedNeedAndBatchesFollowOnWithoutGaps() {
    // c = 0.2, target 0.02: (c/t)² = 100 replications needed; the pilot of 10 projects exactly that
    Ideal ideal = new Ideal(0.2, new ArrayList<>());
    Precision.Reached r = new Precision(0.02, List.of("m"), 1000).run(10, ideal.batch(), ideal::gauge);
    assertTrue(r.met());
    assertEquals(100, r.replications());
    assertEquals(2, r.batches());
    int next = 0;
    for (int[] b : ideal.batches()) {
      assertEquals(next, b[0], "each batch starts where the last ended");
      next += b[1];
    }
    assertEquals(0.02, r.achieved().get("m"), 1e-12);
  }

  @Test
  void theCapStopsARunThatCannotReachItsTarget() {
    Ideal ideal = new Ideal(5, new ArrayList<>());
    Precision.Reached r = new Precision(0.01, List.of("m"), 64).run(10, ideal.batch(), ideal::gauge);
    assertFalse(r.met());
    assertEquals(64, r.replications());
    assertEquals(64, ideal.batches().stream().mapToInt(b -> b[1]).sum(), "never past the cap");
  }

  @Test
  void aMetricWithoutAnIntervalDoublesTheReplicationsUntilItHasOne() {
    List<Integer> totals = new ArrayList<>();
    int[] n = {0};
    Precision.Reached r = new Precision(0.05, List.of("m"), 1000).run(1, (first, count) -> {
      n[0] += count;
      totals.add(n[0]);
    }, () -> Map.of("m", n[0] < 4 ? Double.NaN : 0.01));
    assertEquals(List.of(1, 2, 4), totals);
    assertTrue(r.met());
  }

  @Test
  void everyMetricMustReachTheTargetAndTheWidestDecides() {
    int[] n = {0};
    Precision.Reached r = new Precision(0.02, List.of("a", "b"), 1000).run(20, (first, count) -> n[0] += count,
        () -> Map.of("a", 0.001, "b", 0.04 * Math.sqrt(20.0 / n[0])));
    assertEquals(80, r.replications(), "b needs (0.04/0.02)² × 20");
    assertEquals(2, r.achieved().size());
  }

  @Test
  void growsByATenthAtLeastAndTenfoldAtMost() {
    Precision p = new Precision(0.02, List.of("m"), 1_000_000);
    assertEquals(110, p.nextTotal(100, 0.0201), "a near miss still adds a tenth");
    assertEquals(1000, p.nextTotal(100, 1.0), "a noisy pilot does not project a million");
  }

  @Test
  void refusesATargetOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new Precision(0, List.of("m"), 10));
    assertThrows(IllegalArgumentException.class, () -> new Precision(1, List.of("m"), 10));
    assertThrows(IllegalArgumentException.class, () -> new Precision(0.1, List.of(), 10));
  }

  @Test
  void withUncertainInputsEveryBatchEndsOnAWholeDraw() {
    List<Integer> totals = new ArrayList<>();
    int[] n = {0};
    Precision.Reached r = new Precision(0.02, List.of("m"), 103).run(10, 4, (first, count) -> {
      n[0] += count;
      totals.add(n[0]);
    }, () -> Map.of("m", 0.5 / Math.sqrt(n[0])));
    assertTrue(totals.stream().allMatch(t -> t % 4 == 0), totals.toString());
    assertEquals(12, totals.get(0), "the pilot of 10, up to whole draws of 4");
    assertEquals(100, r.replications(), "the cap of 103, down to whole draws");
    assertFalse(r.met());
  }
}
