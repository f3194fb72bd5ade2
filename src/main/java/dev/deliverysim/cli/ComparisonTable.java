package dev.deliverysim.cli;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.report.CompareAnswer;
import dev.deliverysim.report.MetricWords;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code compare} prints per variant: for each headline metric, by its label and unit
 * ("cycle time, p85 (weeks)"), the base and variant means and the relative change with its paired
 * 95% interval, starred when it excludes zero and is at least the practical threshold, marked ≈
 * (negligible) when it excludes zero but is smaller.
 */
final class ComparisonTable {
  private final PrintWriter out;

  ComparisonTable(PrintWriter out) {
    this.out = out;
  }

  void print(String base, String variant, List<MetricDifference> differences, List<String> headline) {
    List<MetricDifference> rows = headline.stream().flatMap(label ->
        differences.stream().filter(d -> d.key().label().equals(label)).limit(1)).toList();
    int width = Math.max(24, rows.stream().mapToInt(d -> MetricWords.label(d.key()).length()).max().orElse(0));
    out.printf(Locale.ROOT, "%n%s vs %s (paired: same seeds, same work)%n", variant, base);
    out.printf(Locale.ROOT, "  %-" + width + "s %12s %12s   %s%n", "metric", base.length() > 12 ? "base" : base,
        variant.length() > 12 ? "variant" : variant, "change (95% CI)");
    rows.forEach(d -> row(d, width));
  }

  private void row(MetricDifference d, int width) {
    String change = Double.isFinite(d.relativeChange())
        ? String.format(Locale.ROOT, "%+.1f%% (%+.1f%% … %+.1f%%)", 100 * d.relativeChange(),
            100 * d.relativeLow(), 100 * d.relativeHigh())
        : MetricWords.signed(d.difference(), d.key()) + " (" + MetricWords.signed(d.ci95Low(), d.key()) + " … "
            + MetricWords.signed(d.ci95High(), d.key()) + ")";
    out.printf(Locale.ROOT, "  %-" + width + "s %12s %12s   %s%s%n", MetricWords.label(d.key()),
        MetricWords.cell(d.baseMean(), d.key()), MetricWords.cell(d.variantMean(), d.key()), change,
        switch (CompareAnswer.verdict(d)) {
          case REAL -> "  *";
          case NEGLIGIBLE -> "  ≈";
          case UNCLEAR -> "";
        });
  }
}
