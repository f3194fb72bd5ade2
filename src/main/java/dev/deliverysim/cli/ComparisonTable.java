package dev.deliverysim.cli;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.report.CompareAnswer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code compare} prints per variant: for each headline metric the base and variant
 * means and the relative change with its paired 95% interval, starred when it excludes zero and is
 * at least the practical threshold, marked ≈ (negligible) when it excludes zero but is smaller.
 */
final class ComparisonTable {
  private final PrintWriter out;

  ComparisonTable(PrintWriter out) {
    this.out = out;
  }

  void print(String base, String variant, List<MetricDifference> differences, List<String> headline) {
    out.printf(Locale.ROOT, "%n%s vs %s (paired: same seeds, same work)%n", variant, base);
    out.printf(Locale.ROOT, "  %-24s %12s %12s   %s%n", "metric", base.length() > 12 ? "base" : base,
        variant.length() > 12 ? "variant" : variant, "change (95% CI)");
    for (String label : headline) {
      differences.stream().filter(d -> d.key().label().equals(label)).findFirst().ifPresent(this::row);
    }
  }

  private void row(MetricDifference d) {
    String change = Double.isFinite(d.relativeChange())
        ? String.format(Locale.ROOT, "%+.1f%% (%+.1f%% … %+.1f%%)", 100 * d.relativeChange(),
            100 * d.relativeLow(), 100 * d.relativeHigh())
        : String.format(Locale.ROOT, "%+.4g (%+.4g … %+.4g)", d.difference(), d.ci95Low(), d.ci95High());
    out.printf(Locale.ROOT, "  %-24s %12s %12s   %s%s%n", d.key().label(), SummaryTable.num(d.baseMean()),
        SummaryTable.num(d.variantMean()), change, switch (CompareAnswer.verdict(d)) {
          case REAL -> "  *";
          case NEGLIGIBLE -> "  ≈";
          case UNCLEAR -> "";
        });
  }
}
