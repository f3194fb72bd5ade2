package dev.deliverysim.experiment.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Turns per-trial outcomes into the rows of an answer, the same way for both modes so they can be
 * read side by side. Percentiles are nearest-rank: the p85 date is a date by which at least 85% of
 * the trials were done, and it is one of the trials' dates, never an interpolation between days.
 */
public final class CompletionRows {
  /** The completion percentiles reported. */
  public static final double[] COMPLETION = {0.50, 0.85, 0.95};

  /** The "items by a date" percentiles: p15 is the conservative one (85% deliver at least that). */
  public static final double[] ITEMS = {0.15, 0.50, 0.85};

  private CompletionRows() {}

  /**
   * Rows for completion times: {@code values} per trial in {@code unit}, NaN or infinite for a trial
   * not done; {@code toDate} turns a value into its date; {@code target} may be null.
   */
  public static List<ForecastRow> completion(
      String mode, double[] values, String unit, DoubleFunction<LocalDate> toDate, LocalDate target,
      LocalDate horizonDate) {
    double[] sorted = values.clone();
    for (int i = 0; i < sorted.length; i++) {
      if (!Double.isFinite(sorted[i])) {
        sorted[i] = Double.POSITIVE_INFINITY;
      }
    }
    Arrays.sort(sorted);
    int notDone = (int) Arrays.stream(sorted).filter(Double::isInfinite).count();
    List<ForecastRow> rows = new ArrayList<>();
    rows.add(new ForecastRow(mode, "trials", "", sorted.length, "trials", null));
    if (horizonDate != null) {
      rows.add(new ForecastRow(mode, "not_done", "", notDone, "trials", horizonDate));
    }
    for (double p : COMPLETION) {
      double v = nearestRank(sorted, p);
      boolean done = Double.isFinite(v);
      rows.add(new ForecastRow(mode, "completion", label(p), done ? v : Double.NaN, unit,
          done ? toDate.apply(v) : null));
    }
    if (target != null) {
      long byTarget = Arrays.stream(sorted).filter(Double::isFinite)
          .filter(v -> !toDate.apply(v).isAfter(target)).count();
      rows.add(new ForecastRow(mode, "probability_by_target", "", (double) byTarget / sorted.length, "1", target));
      // the trials are a sample too: a 95% Wilson interval says how far their share may be from the model's
      ConfidenceInterval ci = new WilsonScoreInterval().createInterval(sorted.length, (int) byTarget, 0.95);
      rows.add(new ForecastRow(mode, "probability_by_target", "low95", Math.max(0, ci.getLowerBound()), "1", target));
      rows.add(new ForecastRow(mode, "probability_by_target", "high95", Math.min(1, ci.getUpperBound()), "1", target));
    }
    return rows;
  }

  /** Rows for the items finished by {@code by}: one count per trial. */
  public static List<ForecastRow> items(String mode, int[] counts, LocalDate by) {
    double[] sorted = Arrays.stream(counts).asDoubleStream().sorted().toArray();
    List<ForecastRow> rows = new ArrayList<>();
    for (double p : ITEMS) {
      rows.add(new ForecastRow(mode, "items_by_date", label(p), nearestRank(sorted, p), "items", by));
    }
    return rows;
  }

  /** The smallest value with at least a share {@code p} of the values at or below it. */
  public static double nearestRank(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length - 1e-9);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  private static String label(double p) {
    return "p" + Math.round(p * 100);
  }
}
