package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricDifference;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code comparison.csv}: one row per variant × metric, tidy — the base and variant means, the
 * paired difference with its 95% interval, the relative change with its interval.
 */
public final class ComparisonCsv {
  static final String HEADER = "base,variant,metric,station,class,unit,n,base_mean,variant_mean,"
      + "difference,difference_ci95_low,difference_ci95_high,relative_change,relative_ci95_low,"
      + "relative_ci95_high,excludes_zero";

  private ComparisonCsv() {}

  /** {@code byVariant}: each variant's name and its differences from {@code base}, in order. */
  public static void write(String base, Map<String, List<MetricDifference>> byVariant, Writer out)
      throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (Map.Entry<String, List<MetricDifference>> variant : byVariant.entrySet()) {
      for (MetricDifference d : variant.getValue()) {
        out.write(String.join(",",
            Csv.field(base), Csv.field(variant.getKey()), Csv.field(d.key().name()),
            Csv.field(d.key().station()), Csv.field(d.key().jobClass()), Csv.field(d.key().unit()),
            Integer.toString(d.n()), Numbers.csv(d.baseMean()), Numbers.csv(d.variantMean()),
            Numbers.csv(d.difference()), Numbers.csv(d.ci95Low()), Numbers.csv(d.ci95High()),
            Numbers.csv(d.relativeChange()), Numbers.csv(d.relativeLow()), Numbers.csv(d.relativeHigh()),
            Boolean.toString(d.excludesZero())));
        out.write('\n');
      }
    }
  }
}
