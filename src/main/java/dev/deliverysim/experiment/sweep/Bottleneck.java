package dev.deliverysim.experiment.sweep;

import dev.deliverysim.model.MetricNames;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.StationLoad;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the constraint sits at one point: one level per station and which station has the
 * highest. For a queueing network the level is the station's mean utilisation; for a delivery
 * organisation it is the {@code bottleneck@stage} share (how often the stage had the longest
 * queue), because its people share stages and a stage has no utilisation of its own.
 *
 * <p>Each level also carries the share of replications in which that station had the highest level
 * (above zero; the first on a tie): the answer to "how often is review the constraint?". For a
 * delivery organisation that share is the mean itself.
 *
 * @param metric the metric compared: {@code utilisation}, {@code bottleneck}, or {@code capacity}
 *     on a line fed without limit ({@link FedLine}: there the least level is the constraint)
 * @param bottleneck the station with the highest level (the first on a tie), or "" if none measured
 *     or, by capacity, none is clearly the least
 */
public record Bottleneck(String metric, List<Level> levels, String bottleneck) {
  /** One station's mean level, and the share of replications in which it was the highest (NaN if unknown). */
  public record Level(String station, double mean, double share) {}

  public Bottleneck {
    levels = List.copyOf(levels);
  }

  /** Reads the levels from a point's summary, without shares; {@code delivery} chooses which metric. */
  public static Bottleneck of(Summary summary, boolean delivery) {
    return of(summary, null, List.of(), delivery);
  }

  /**
   * As below, and honest about a line fed without limit: when a network's busiest station is busy
   * only because its supply never runs out and its work piles up after it ({@link FedLine}), the
   * stations are compared by capacity instead of utilisation, and none is named when none is clearly
   * the least. A delivery organisation, or a network without loads, is read as below.
   */
  public static Bottleneck of(Summary summary, MetricCatalog catalog, List<ReplicationResult> results,
      boolean delivery, List<StationLoad> loads) {
    Bottleneck byUtilisation = of(summary, catalog, results, delivery);
    FedLine fed = delivery ? null : FedLine.of(byUtilisation, catalog, results, loads);
    return fed == null ? byUtilisation : fed.asBottleneck();
  }

  /** Reads the levels from a summary, and the shares from the replications it summarises. */
  public static Bottleneck of(Summary summary, MetricCatalog catalog, List<ReplicationResult> results,
      boolean delivery) {
    String metric = delivery ? MetricNames.BOTTLENECK : MetricNames.UTILISATION;
    List<Level> levels = summary.metrics().stream()
        .filter(m -> m.key().name().equals(metric) && !m.key().station().isEmpty()
            && m.key().jobClass().isEmpty())
        .map(m -> new Level(m.key().station(), m.mean(),
            results.isEmpty() ? Double.NaN : share(metric, m.key().station(), catalog, results)))
        .toList();
    String top = "";
    double best = Double.NEGATIVE_INFINITY;
    for (Level level : levels) {
      if (Double.isFinite(level.mean()) && level.mean() > best) {
        best = level.mean();
        top = level.station();
      }
    }
    return new Bottleneck(metric, levels, top);
  }

  /** In what share of the replications {@code station} had the highest {@code metric}, above zero. */
  private static double share(String metric, String station, MetricCatalog catalog, List<ReplicationResult> results) {
    List<Integer> columns = new ArrayList<>();
    int own = -1;
    for (int i = 0; i < catalog.size(); i++) {
      MetricKey key = catalog.keys().get(i);
      if (key.name().equals(metric) && !key.station().isEmpty() && key.jobClass().isEmpty()) {
        columns.add(i);
        own = key.station().equals(station) ? i : own;
      }
    }
    int highest = 0;
    for (ReplicationResult r : results) {
      int best = -1;
      for (int c : columns) {
        if (r.value(c) > 0 && (best < 0 || r.value(c) > r.value(best))) { // NaN never compares above
          best = c;
        }
      }
      highest += best == own ? 1 : 0;
    }
    return (double) highest / results.size();
  }
}
