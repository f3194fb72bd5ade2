package dev.deliverysim.experiment.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;

/**
 * A distribution fitted to positive observations: exponential (maximum likelihood: the mean),
 * lognormal (maximum likelihood: mean and standard deviation of the logs) and gamma (by moments)
 * are each fitted, and the one whose Kolmogorov–Smirnov test (Commons Statistics) gives the largest
 * p-value is kept. The p-value is optimistic, as for any law whose parameters come from the same
 * data (Lilliefors): read it as a ranking and a warning sign (p below 0.05: none of the three fits
 * well), not as a test.
 *
 * @param family {@code exponential}, {@code lognormal} or {@code gamma}
 * @param mean the fitted law's mean
 * @param cv its coefficient of variation
 * @param n the observations
 * @param ks the Kolmogorov–Smirnov statistic D of the chosen law
 * @param p its p-value
 */
public record LawFit(String family, double mean, double cv, int n, double ks, double p) {
  /** Fewer observations than this fit nothing worth writing down. */
  public static final int MIN_OBSERVATIONS = 5;

  /** The best of the three laws for {@code values} (all > 0), or null when there are too few. */
  public static LawFit best(double[] values) {
    double[] x = Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).toArray();
    if (x.length < MIN_OBSERVATIONS) {
      return null;
    }
    DoubleStatistics raw = DoubleStatistics.of(java.util.EnumSet.of(Statistic.MEAN, Statistic.VARIANCE), x);
    double mean = raw.getAsDouble(Statistic.MEAN);
    double variance = raw.getAsDouble(Statistic.VARIANCE);
    double[] logs = Arrays.stream(x).map(Math::log).toArray();
    DoubleStatistics logStats = DoubleStatistics.of(java.util.EnumSet.of(Statistic.MEAN, Statistic.VARIANCE), logs);
    double mu = logStats.getAsDouble(Statistic.MEAN);
    // maximum likelihood divides by n, not n − 1
    double sigma = Math.sqrt(logStats.getAsDouble(Statistic.VARIANCE) * (x.length - 1) / x.length);
    List<LawFit> fits = new ArrayList<>();
    fits.add(test("exponential", ExponentialDistribution.of(mean), x));
    if (sigma > 0) {
      fits.add(test("lognormal", LogNormalDistribution.of(mu, sigma), x));
    }
    if (variance > 0) {
      fits.add(test("gamma", GammaDistribution.of(mean * mean / variance, variance / mean), x));
    }
    LawFit best = fits.get(0);
    for (LawFit f : fits) {
      best = f.p() > best.p() ? f : best;
    }
    return best;
  }

  private static LawFit test(String family, ContinuousDistribution law, double[] x) {
    KolmogorovSmirnovTest.OneResult r = KolmogorovSmirnovTest.withDefaults().test(x, law::cumulativeProbability);
    double mean = law.getMean();
    return new LawFit(family, mean, Math.sqrt(law.getVariance()) / mean, x.length, r.getStatistic(), r.getPValue());
  }

  /** The law as a scenario writes it, its mean divided by {@code scale} and given {@code unit}. */
  public String yaml(double scale, String unit) {
    String m = Fmt.num(mean / scale) + unit;
    return switch (family) {
      case "exponential" -> "{exponential: {mean: " + m + "}}";
      default -> "{" + family + ": {mean: " + m + ", cv: " + Fmt.num(cv) + "}}";
    };
  }

  /** {@code lognormal, KS p = 0.31}. */
  public String test() {
    return family + ", KS p = " + String.format(Locale.ROOT, p < 0.001 ? "%.1e" : "%.3f", p);
  }
}
