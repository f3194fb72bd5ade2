package dev.deliverysim.experiment.forecast;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Monte Carlo from a team's own throughput, as forecasting spreadsheets do it: each trial draws
 * past weeks at random (with replacement) until the work is done. No model of the team is needed,
 * but the future is assumed to look like the sampled past.
 *
 * @param trials number of simulated futures
 * @param seed where the draws start: the same seed gives the same answer
 */
public record HistoryForecast(ThroughputHistory history, int trials, long seed) {
  /** The default number of trials: enough for the p95 to move by less than a week between seeds. */
  public static final int DEFAULT_TRIALS = 10_000;

  /** A stop for a history of mostly empty weeks, where a trial could run for very long. */
  private static final int MAX_WEEKS = 100_000;

  public HistoryForecast {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be ≥ 1, was " + trials);
    }
  }

  /**
   * Weeks each trial takes to finish {@code items}, each first multiplied by a split rate drawn
   * uniformly from [splitLow, splitHigh] and rounded up (items often split once work starts).
   */
  public int[] weeksToFinish(int items, double splitLow, double splitHigh) throws ForecastInputException {
    int[] counts = history.weeklyCounts();
    // a stream of its own, so asking for items by a date does not change the completion dates
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
    int[] weeks = new int[trials];
    for (int t = 0; t < trials; t++) {
      double split = splitLow == splitHigh ? splitLow : splitLow + (splitHigh - splitLow) * rng.nextDouble();
      long target = (long) Math.ceil(items * split - 1e-9);
      long done = 0;
      int w = 0;
      while (done < target) {
        if (++w > MAX_WEEKS) {
          throw new ForecastInputException("the history finishes too little: a trial needed more than "
              + MAX_WEEKS + " weeks");
        }
        done += counts[rng.nextInt(counts.length)];
      }
      weeks[t] = w;
    }
    return weeks;
  }

  /** Items each trial finishes in {@code weeks} whole weeks. */
  public int[] itemsWithin(int weeks) {
    int[] counts = history.weeklyCounts();
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed ^ 0x5DEECE66DL);
    int[] items = new int[trials];
    for (int t = 0; t < trials; t++) {
      int sum = 0;
      for (int w = 0; w < weeks; w++) {
        sum += counts[rng.nextInt(counts.length)];
      }
      items[t] = sum;
    }
    return items;
  }
}
