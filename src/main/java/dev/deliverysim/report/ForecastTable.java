package dev.deliverysim.report;

import dev.deliverysim.experiment.forecast.ForecastRow;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The short table {@code forecast} prints: completion dates, the chance of the target, items by a date. */
public final class ForecastTable {
  private final PrintWriter out;

  public ForecastTable(PrintWriter out) {
    this.out = out;
  }

  public void print(String heading, List<ForecastRow> rows) {
    out.println(heading);
    int trials = (int) rows.stream().filter(r -> r.quantity().equals("trials")).mapToDouble(ForecastRow::value)
        .findFirst().orElse(0);
    for (ForecastRow r : rows) {
      switch (r.quantity()) {
        case "completion" -> out.printf(Locale.ROOT, "  done by      %-4s %-12s %s%n", r.percentile(),
            date(r.date()), Double.isNaN(r.value()) ? "" : "(" + amount(r.value(), r.unit()) + ")");
        case "not_done" -> out.printf(Locale.ROOT, "  not done by the horizon (%s): %d of %d replications%n",
            r.date(), (long) r.value(), trials);
        case "probability_by_target" -> {
          if (r.percentile().isEmpty()) {
            out.printf(Locale.ROOT, "  P(done by %s) = %s (%d of %d%s)%n", r.date(), chance(r.value()),
                Math.round(r.value() * trials), trials, interval(rows));
          }
        }
        case "items_by_date" -> out.printf(Locale.ROOT, "  items by %s  %-4s %d%n",
            r.date(), r.percentile(), (long) r.value());
        default -> { }
      }
    }
  }

  /**
   * A chance as a forecaster should say it: never 100% nor 0% — the future can always surprise —
   * but {@code >99%} and {@code <1%}.
   */
  public static String chance(double p) {
    return p > 0.99 ? ">99%" : p < 0.01 ? "<1%" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  private static String interval(List<ForecastRow> rows) {
    double low = bound(rows, "low95");
    double high = bound(rows, "high95");
    return Double.isNaN(low) || Double.isNaN(high) ? ""
        : String.format(Locale.ROOT, "; 95%% interval %.1f–%.1f%%", 100 * low, 100 * high);
  }

  private static double bound(List<ForecastRow> rows, String which) {
    return rows.stream().filter(r -> r.quantity().equals("probability_by_target") && r.percentile().equals(which))
        .mapToDouble(ForecastRow::value).findFirst().orElse(Double.NaN);
  }

  private static String date(LocalDate d) {
    return d == null ? "not by horizon" : d.toString();
  }

  private static String amount(double v, String unit) {
    return switch (unit) {
      case "h" -> String.format(Locale.ROOT, "%.1f working hours", v);
      case "w" -> String.format(Locale.ROOT, "%d weeks", (long) v);
      default -> Numbers.csv(v) + " " + unit;
    };
  }
}
