package dev.deliverysim.experiment;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.ReplicationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How much of a metric's spread comes from inputs known only as a range, and how much from the
 * simulation's own noise: the nested (second-order Monte Carlo) design's one-way random-effects
 * analysis of variance. Replications {@code d·k … d·k + k − 1} share outer draw {@code d} of the
 * inputs; with D complete draws of k replications, ȳ_d the mean of draw d and ȳ the mean of those,
 *
 * <pre>
 *   MSB = k Σ_d (ȳ_d − ȳ)² / (D − 1)          E[MSB] = k σ²_input + σ²_noise
 *   MSW = Σ_d Σ_j (y_dj − ȳ_d)² / (D (k − 1))   E[MSW] = σ²_noise
 *   σ²_input = max(0, (MSB − MSW) / k),  σ²_noise = MSW
 * </pre>
 *
 * (Montgomery, Design and Analysis of Experiments, the random-effects model; Zouaoui and Wilson
 * 2003 for its use on input uncertainty). σ_input is the spread of the metric's expected value over
 * the inputs' laws — what the uncertainty about the inputs does to the answer; σ_noise that of one
 * replication at fixed inputs. Replications of one draw are not independent, so the mean's 95%
 * interval comes from the D draw means (Student t with D − 1 degrees of freedom), not from the
 * replications as if independent.
 */
public final class InputUncertainty {
  private InputUncertainty() {}

  /**
   * One metric split.
   *
   * @param draws complete draws whose replications all measured the metric
   * @param sdInput the spread due to the inputs (of the metric's mean given the inputs); NaN with
   *     one replication per draw, which cannot tell it from the noise
   * @param sdNoise the spread of one replication at fixed inputs; NaN with one replication per draw
   * @param inputShare σ²_input ÷ (σ²_input + σ²_noise)
   * @param drawP05 quantiles of the draw means: the answer's range over the inputs (each still
   *     carrying noise ÷ k)
   */
  public record Split(MetricKey key, int draws, int perDraw, double mean, double ci95Low, double ci95High,
      double sdInput, double sdNoise, double inputShare, double drawP05, double drawP50, double drawP95) {}

  /** Every metric of the catalogue, split. */
  public static List<Split> of(MetricCatalog catalog, List<ReplicationResult> results, int perDraw) {
    List<Split> splits = new ArrayList<>();
    for (int m = 0; m < catalog.size(); m++) {
      splits.add(split(catalog.keys().get(m), m, results, perDraw));
    }
    return splits;
  }

  /** {@code summary} with each metric's interval from the draw means (unchanged with one replication per draw). */
  public static Summary withDrawIntervals(Summary summary, MetricCatalog catalog, List<ReplicationResult> results,
      int perDraw) {
    if (perDraw == 1) {
      return summary;
    }
    List<Split> splits = of(catalog, results, perDraw);
    List<MetricSummary> metrics = new ArrayList<>();
    for (int m = 0; m < summary.metrics().size(); m++) {
      MetricSummary s = summary.metrics().get(m);
      Split split = splits.get(m);
      double half = (split.ci95High() - split.ci95Low()) / 2;
      metrics.add(new MetricSummary(s.key(), s.n(), s.mean(), s.sd(), s.mean() - half, s.mean() + half, s.p50(),
          s.p85(), s.p95()));
    }
    return new Summary(metrics, summary.replications(), summary.events());
  }

  /**
   * One result per complete draw: each metric's mean over the draw's replications (NaN when one
   * of them did not measure it). Pairing these, draw by draw, gives a comparison's intervals.
   */
  public static List<ReplicationResult> drawMeans(List<ReplicationResult> results, int perDraw) {
    List<ReplicationResult> means = new ArrayList<>();
    for (int d = 0; (d + 1) * perDraw <= results.size(); d++) {
      int width = results.get(d * perDraw).values().length;
      double[] mean = new double[width];
      long events = 0;
      for (int j = 0; j < perDraw; j++) {
        ReplicationResult r = results.get(d * perDraw + j);
        events += r.events();
        for (int m = 0; m < width; m++) {
          mean[m] += r.value(m) / perDraw;
        }
      }
      means.add(new ReplicationResult(d, mean, events));
    }
    return means;
  }

  private static Split split(MetricKey key, int metric, List<ReplicationResult> results, int k) {
    List<double[]> groups = new ArrayList<>();
    for (int d = 0; (d + 1) * k <= results.size(); d++) {
      double[] group = new double[k];
      boolean complete = true;
      for (int j = 0; j < k; j++) {
        group[j] = results.get(d * k + j).value(metric);
        complete &= Double.isFinite(group[j]);
      }
      if (complete) {
        groups.add(group);
      }
    }
    int draws = groups.size();
    double nan = Double.NaN;
    if (draws < 2) {
      return new Split(key, draws, k, nan, nan, nan, nan, nan, nan, nan, nan, nan);
    }
    double[] means = new double[draws];
    double within = 0;
    for (int d = 0; d < draws; d++) {
      means[d] = Arrays.stream(groups.get(d)).average().orElseThrow();
      for (double y : groups.get(d)) {
        within += (y - means[d]) * (y - means[d]);
      }
    }
    double grand = Arrays.stream(means).average().orElseThrow();
    double between = 0;
    for (double m : means) {
      between += (m - grand) * (m - grand);
    }
    double msb = k * between / (draws - 1);
    double msw = k > 1 ? within / (draws * (k - 1)) : nan;
    double varInput = k > 1 ? Math.max(0, (msb - msw) / k) : nan;
    double half = TDistribution.of(draws - 1).inverseCumulativeProbability(0.975) * Math.sqrt(msb / (draws * (double) k));
    double share = varInput + msw > 0 ? varInput / (varInput + msw) : nan;
    double[] q = Quantile.withDefaults().evaluate(means.clone(), 0.05, 0.50, 0.95);
    return new Split(key, draws, k, grand, grand - half, grand + half, Math.sqrt(varInput), Math.sqrt(msw), share,
        q[0], q[1], q[2]);
  }
}
