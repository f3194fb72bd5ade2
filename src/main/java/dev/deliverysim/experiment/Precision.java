package dev.deliverysim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target precision instead of a fixed number of replications: replications run in batches until
 * the 95% interval of every stated metric is within {@code target} of its reference (its mean for
 * {@code run}, the base's mean for a {@code compare} difference), or {@code maxReplications} have
 * run. The first batch is the scenario's own number of replications (the pilot); each next batch
 * goes to the number the widest interval projects — n·(h/target)², since a half-width shrinks as
 * 1/√n — at least a tenth more and at most ten times as many, never past the cap. Every decision
 * depends only on the replications' results, which depend only on (scenario, seed, index): the
 * same seed gives the same count, and the same bytes, on any number of threads.
 *
 * @param target the relative half-width wanted, in (0, 1): 0.02 for ±2%
 * @param metrics the metric labels judged ({@code replications.csv} labels); each must reach it
 * @param maxReplications the cap, ≥ 1
 */
public record Precision(double target, List<String> metrics, int maxReplications) {
  public Precision {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("a precision is a relative half-width in (0, 1), was " + target);
    }
    if (metrics.isEmpty() || maxReplications < 1) {
      throw new IllegalArgumentException("a precision needs a metric and a cap of at least one replication");
    }
    metrics = List.copyOf(metrics);
  }

  /** Runs replications {@code first … first + count − 1} and keeps them. */
  public interface Batch {
    void run(int first, int count);
  }

  /**
   * How a sequential run ended.
   *
   * @param replications how many ran
   * @param met whether every metric reached the target
   * @param achieved each metric's relative half-width at the end (infinite when it has no
   *     interval: fewer than two values, or a mean of zero)
   * @param batches how many batches ran
   */
  public record Reached(Precision precision, int replications, boolean met, Map<String, Double> achieved,
      int batches) {
    public Reached {
      achieved = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(achieved));
    }
  }

  /**
   * Runs the pilot, then batch after batch until the target or the cap.
   *
   * @param pilot the first batch (the scenario's replications), clipped to the cap
   * @param gauge each metric's relative half-width over everything run so far
   */
  public Reached run(int pilot, Batch batch, java.util.function.Supplier<Map<String, Double>> gauge) {
    return run(pilot, 1, batch, gauge);
  }

  /**
   * The same in whole steps: every total a multiple of {@code step} (the replications of one outer
   * draw of uncertain inputs), the cap taken down to one, but never below one step.
   */
  public Reached run(int pilot, int step, Batch batch, java.util.function.Supplier<Map<String, Double>> gauge) {
    int cap = Math.max(step, maxReplications / step * step);
    int n = 0;
    int next = roundUp(Math.max(1, Math.min(pilot, cap)), step);
    int batches = 0;
    while (true) {
      batch.run(n, next - n);
      n = next;
      batches++;
      Map<String, Double> now = gauge.get();
      Map<String, Double> achieved = new LinkedHashMap<>();
      double worst = 0;
      for (String metric : metrics) {
        Double h = now.get(metric);
        double half = h == null || Double.isNaN(h) ? Double.POSITIVE_INFINITY : h;
        achieved.put(metric, half);
        worst = Math.max(worst, half);
      }
      if (worst <= target || n >= cap) {
        return new Reached(this, n, worst <= target, achieved, batches);
      }
      next = Math.min(cap, roundUp(nextTotal(n, worst), step));
    }
  }

  private static int roundUp(int n, int step) {
    return (int) Math.min(Integer.MAX_VALUE, ((long) n + step - 1) / step * step);
  }

  /** The total to reach next: the projected need, at least a tenth more, at most ten times, within the cap. */
  int nextTotal(int n, double worst) {
    double projected = Double.isFinite(worst) ? Math.ceil(n * (worst / target) * (worst / target)) : 2.0 * n;
    double least = n + Math.max(1, Math.ceil(n / 10.0));
    double most = 10.0 * n;
    return (int) Math.min(maxReplications, Math.max(least, Math.min(projected, most)));
  }
}
