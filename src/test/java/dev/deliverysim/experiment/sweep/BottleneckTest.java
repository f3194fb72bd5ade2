package dev.deliverysim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.MetricKey;
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
        metric(MetricKey.system("utilisation", "1"), 5),
        metric(MetricKey.atStation("utilisation", "coding", "1"), 0.7),
        metric(MetricKey.atStation("queue_length_mean", "coding", "jobs"), 40),
        metric(MetricKey.atStation("utilisation", "review", "1"), 0.9),
        metric(MetricKey.atStation("utilisation", "qa", "1"), Double.NaN)), 10, 0);
    Bottleneck b = Bottleneck.of(summary, false);
    assertEquals("utilisation", b.metric());
    assertEquals(List.of("coding", "review", "qa"), b.levels().stream().map(Bottleneck.Level::station).toList());
    assertEquals("review", b.bottleneck());
  }

  @Test
  void aDeliveryOrganisationComparesBottleneckSharesAndATieGoesToTheFirstStage() {
    Summary summary = new Summary(List.of(
        metric(MetricKey.atStation("utilisation", "devs", "1"), 0.99),
        metric(MetricKey.atStation("bottleneck", "coding", "1"), 0.4),
        metric(MetricKey.atStation("bottleneck", "review", "1"), 0.4),
        metric(MetricKey.atStation("bottleneck", "qa", "1"), 0.2)), 10, 0);
    Bottleneck b = Bottleneck.of(summary, true);
    assertEquals(3, b.levels().size());
    assertEquals("coding", b.bottleneck());
  }

  @Test
  void nothingMeasuredNamesNoBottleneck() {
    Summary summary = new Summary(List.of(
        metric(MetricKey.atStation("utilisation", "a", "1"), Double.NaN)), 10, 0);
    assertEquals("", Bottleneck.of(summary, false).bottleneck());
  }
}
