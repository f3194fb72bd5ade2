package dev.deliverysim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Place;
import dev.deliverysim.model.ReplicationResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Checks the summary over replications against values worked out by hand for a small example. */
class SummaryTest {
  private static final double NaN = Double.NaN;
  private static final MetricCatalog CATALOG =
      new MetricCatalog(
          List.of(
              MetricKey.system("sojourn_mean", Dimension.TIME),
              MetricKey.of("wait_mean", Place.stage("review"), Dimension.TIME),
              MetricKey.system("never_measured", Dimension.TIME)));

  /**
   * Metric 0 takes 2, 4, 4, 4, 5, 5, 7, 9 over eight replications plus a NaN in a ninth; metric 1
   * is measured only in replication 0; metric 2 never.
   */
  private static Summary example() {
    double[] first = {2, 4, NaN, 4, 4, 5, 5, 7, 9};
    List<ReplicationResult> results = new ArrayList<>();
    for (int r = 0; r < first.length; r++) {
      double second = r == 0 ? 3.5 : NaN;
      results.add(new ReplicationResult(r, new double[] {first[r], second, NaN}, 100 + r));
    }
    return Summary.of(CATALOG, results);
  }

  @Test
  void meanSdAndStudentTIntervalMatchHandComputedValues() {
    MetricSummary m = example().get("sojourn_mean");
    assertEquals(8, m.n(), "the NaN replication is left out of n");
    assertEquals(5, m.mean(), 1e-12); // 40 / 8
    // Squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, over n − 1 = 7.
    double sd = Math.sqrt(32.0 / 7);
    assertEquals(sd, m.sd(), 1e-12);
    double t = TDistribution.of(7).inverseCumulativeProbability(0.975);
    assertEquals(2.364624, t, 1e-6); // the textbook t(0.975, 7)
    double halfWidth = t * sd / Math.sqrt(8);
    assertEquals(5 - halfWidth, m.ci95Low(), 1e-12);
    assertEquals(5 + halfWidth, m.ci95High(), 1e-12);
    assertEquals(halfWidth / 5, m.relativeHalfWidth(), 1e-12);
    assertEquals(MetricKey.system("sojourn_mean", Dimension.TIME), m.key());
  }

  /**
   * Hyndman and Fan's type 8 (the Commons Statistics default) puts quantile p at position
   * h = (n + 1/3)·p + 1/3 of the sorted values and interpolates; with n = 8: p50 at h = 4.5 between
   * 4 and 5; p85 at h = 7 + 5/12 between 7 and 9; p95 at h = 8.25 ≥ n, so the maximum.
   */
  @Test
  void quantileColumnsFollowHyndmanFanTypeEight() {
    MetricSummary m = example().get("sojourn_mean");
    assertEquals(4.5, m.p50(), 1e-12);
    assertEquals(47.0 / 6, m.p85(), 1e-12); // 7 + (9 − 7) × 5/12
    assertEquals(9, m.p95(), 1e-12);
  }

  @Test
  void aMetricMeasuredOnceHasAMeanButNoSpread() {
    MetricSummary m = example().get("wait_mean@review");
    assertEquals(1, m.n());
    assertEquals(3.5, m.mean());
    assertTrue(Double.isNaN(m.sd()));
    assertTrue(Double.isNaN(m.ci95Low()));
    assertTrue(Double.isNaN(m.ci95High()));
    assertEquals(3.5, m.p50());
    assertEquals(3.5, m.p95());
  }

  @Test
  void aMetricNeverMeasuredHasNoReplicationsAndOnlyNaN() {
    MetricSummary m = example().get("never_measured");
    assertEquals(0, m.n());
    for (double v : new double[] {m.mean(), m.sd(), m.ci95Low(), m.ci95High(), m.p50(), m.p85(), m.p95()}) {
      assertTrue(Double.isNaN(v));
    }
  }

  @Test
  void countsEveryReplicationAndSumsTheirEvents() {
    Summary summary = example();
    assertEquals(9, summary.replications());
    assertEquals(9 * 100 + 36, summary.events()); // 100 + r for r = 0 … 8
    assertEquals(3, summary.metrics().size());
    assertEquals("sojourn_mean", summary.metrics().get(0).key().label(), "catalogue order");
  }

  @Test
  void askingForAnUnknownMetricFails() {
    assertThrows(IllegalArgumentException.class, () -> example().get("sojourn_mean@review"));
  }

  @Test
  void replicationsThatNeverReachedTheMetricCountAsCensoredNotAsMissing() {
    // e.g. a backlog not done by the horizon in two of five replications
    MetricCatalog catalog = new MetricCatalog(List.of(MetricKey.system("done_at", Dimension.TIME)));
    double inf = Double.POSITIVE_INFINITY;
    List<ReplicationResult> results = new java.util.ArrayList<>();
    double[] values = {3, 1, inf, 2, inf};
    for (int i = 0; i < values.length; i++) {
      results.add(new ReplicationResult(i, new double[] {values[i]}, 0));
    }
    MetricSummary s = Summary.of(catalog, results).get("done_at");
    assertEquals(5, s.n(), "the unfinished count");
    assertEquals(3, s.p50(), "third of five, nearest rank");
    assertTrue(Double.isNaN(s.p85()) && Double.isNaN(s.p95()), "beyond the horizon: unknown, not understated");
    assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.ci95Low()), "a mean of censored data is undefined");
  }
}
