package dev.deliverysim.experiment;

import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Timeline;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A variant's throughput minus the base's, period by period, paired replication by replication
 * (the same seeds, the same work): the mean difference with its 95% confidence interval. An AI
 * adoption's learning dip and later gain — the J-curve — show as a difference below zero, then
 * above.
 *
 * @param times end of each period, in the output unit, from the start (warm-up included)
 * @param mean mean difference of completions per output unit in the period
 * @param low lower end of the 95% interval (Student's t on the paired differences)
 * @param high upper end
 */
public record PairedTimeline(double[] times, double[] mean, double[] low, double[] high, int replications) {
  public PairedTimeline {
    times = times.clone();
    mean = mean.clone();
    low = low.clone();
    high = high.clone();
  }

  /** Pairs replication i of {@code base} with replication i of {@code variant}; both on the same snapshot times. */
  public static PairedTimeline of(List<Timeline> base, List<Timeline> variant, OutputUnit unit) {
    int n = Math.min(base.size(), variant.size());
    double perUnit = 1 / unit.hours();
    int periods = base.get(0).times().length;
    double[] times = new double[periods];
    double[] mean = new double[periods];
    double[] low = new double[periods];
    double[] high = new double[periods];
    double t = n > 1 ? TDistribution.of(n - 1).inverseSurvivalProbability(0.025) : Double.NaN;
    for (int i = 0; i < periods; i++) {
      double since = i == 0 ? 0 : base.get(0).times()[i - 1];
      double period = (base.get(0).times()[i] - since) * perUnit;
      double sum = 0;
      double sumSquares = 0;
      for (int r = 0; r < n; r++) {
        double d = (completedIn(variant.get(r), i) - completedIn(base.get(r), i)) / period;
        sum += d;
        sumSquares += d * d;
      }
      times[i] = base.get(0).times()[i] * perUnit;
      mean[i] = sum / n;
      double sd = n > 1 ? Math.sqrt(Math.max(0, (sumSquares - n * mean[i] * mean[i]) / (n - 1))) : Double.NaN;
      low[i] = mean[i] - t * sd / Math.sqrt(n);
      high[i] = mean[i] + t * sd / Math.sqrt(n);
    }
    return new PairedTimeline(times, mean, low, high, n);
  }

  private static double completedIn(Timeline t, int i) {
    return t.completed()[i] - (i == 0 ? 0 : t.completed()[i - 1]);
  }

  @Override
  public double[] times() {
    return times.clone();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] low() {
    return low.clone();
  }

  @Override
  public double[] high() {
    return high.clone();
  }
}
