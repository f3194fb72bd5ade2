package dev.deliverysim.experiment.sweep;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.MetricNames;
import java.util.List;

/**
 * Where the constraint sat at one point of a sweep, and what the system delivered there: the
 * point's parameter values, its {@link Bottleneck} and its {@link Throughput}. What the sweep's
 * charts and report are drawn from — small, so a whole sweep's worth stays in memory where the
 * points' full summaries would not.
 */
public record PointBottleneck(List<String> values, Bottleneck bottleneck, Throughput throughput) {
  /**
   * The point's throughput: features delivered for a delivery organisation, jobs out of the network
   * otherwise, per time unit, with its 95% confidence interval (NaN when not measured).
   */
  public record Throughput(String metric, String unit, double mean, double low, double high) {
    public static final Throughput NONE = new Throughput("", "", Double.NaN, Double.NaN, Double.NaN);

    /** The metric a sweep reports beside its bottleneck: {@code features_delivered}, or a network's {@code throughput}. */
    public static String metricFor(boolean delivery) {
      return delivery ? MetricNames.FEATURES_DELIVERED : MetricNames.THROUGHPUT;
    }

    /** The system-wide throughput of {@code summary} (no station, no class); {@link #NONE} if it has none. */
    public static Throughput of(Summary summary, boolean delivery) {
      String metric = metricFor(delivery);
      for (MetricSummary m : summary.metrics()) {
        if (m.key().name().equals(metric) && m.key().station().isEmpty() && m.key().jobClass().isEmpty()) {
          return new Throughput(metric, m.key().unit(), m.mean(), m.ci95Low(), m.ci95High());
        }
      }
      return NONE;
    }
  }

  public PointBottleneck {
    values = List.copyOf(values);
  }

  public static PointBottleneck of(PointResult result) {
    boolean delivery = result.bottleneck().metric().equals(MetricNames.BOTTLENECK);
    return new PointBottleneck(result.values(), result.bottleneck(), Throughput.of(result.summary(), delivery));
  }
}
