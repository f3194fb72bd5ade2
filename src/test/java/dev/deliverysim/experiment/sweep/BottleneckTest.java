package dev.deliverysim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which station a point's summary names as its bottleneck. */
class BottleneckTest {
  private static MetricSummary metric(MetricKey key, double mean) {
    return new MetricSummary(key, 10, mean, 0, mean, mean, mean, mean, mean);
  }

  @Test
  void aNetworkComparesStationUtilisationsOnly() {
    Summary summary = new Summary(List.of(
        metric(MetricKey.system("utilisation", Dimension.FRACTION), 5),
        metric(MetricKey.of("utilisation", Place.stage("coding"), Dimension.FRACTION), 0.7),
        metric(MetricKey.of("queue_length_mean", Place.stage("coding"), Dimension.COUNT), 40),
        metric(MetricKey.of("utilisation", Place.stage("review"), Dimension.FRACTION), 0.9),
        metric(MetricKey.of("utilisation", Place.stage("qa"), Dimension.FRACTION), Double.NaN)), 10, 0);
    Bottleneck b = Bottleneck.of(summary, false);
    assertEquals("utilisation", b.metric());
    assertEquals(List.of("coding", "review", "qa"), b.levels().stream().map(Bottleneck.Level::station).toList());
    assertEquals("review", b.bottleneck());
  }

  @Test
  void aDeliveryOrganisationComparesBottleneckSharesAndATieGoesToTheFirstStage() {
    Summary summary = new Summary(List.of(
        metric(MetricKey.of("utilisation", Place.stage("devs"), Dimension.FRACTION), 0.99),
        metric(MetricKey.of("bottleneck", Place.stage("coding"), Dimension.FRACTION), 0.4),
        metric(MetricKey.of("bottleneck", Place.stage("review"), Dimension.FRACTION), 0.4),
        metric(MetricKey.of("bottleneck", Place.stage("qa"), Dimension.FRACTION), 0.2)), 10, 0);
    Bottleneck b = Bottleneck.of(summary, true);
    assertEquals(3, b.levels().size());
    assertEquals("coding", b.bottleneck());
  }

  @Test
  void nothingMeasuredNamesNoBottleneck() {
    Summary summary = new Summary(List.of(
        metric(MetricKey.of("utilisation", Place.stage("a"), Dimension.FRACTION), Double.NaN)), 10, 0);
    assertEquals("", Bottleneck.of(summary, false).bottleneck());
  }
}
