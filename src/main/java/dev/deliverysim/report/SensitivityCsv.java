package dev.deliverysim.report;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.sensitivity.Effect;
import dev.deliverysim.experiment.sensitivity.RankedParameter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code sensitivity.csv}: one row per parameter × change, tidy, in rank order — the changed value,
 * the paired difference of the metric with its 95% interval, and the parameter's rank. A variant
 * that could not be loaded keeps its row with empty numbers, so the gap is visible.
 */
public final class SensitivityCsv {
  static final String HEADER = "parameter,base_value,change,applied_change,value,metric,n,base_mean,variant_mean,difference,"
      + "ci95_low,ci95_high,relative_change,relative_ci95_low,relative_ci95_high,excludes_zero,rank";

  private SensitivityCsv() {}

  public static void write(String metric, List<RankedParameter> ranked, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (RankedParameter p : ranked) {
      for (Effect e : p.effects()) {
        MetricDifference d = e.difference();
        String stats = d == null ? ",,,,,,,,,"
            : String.join(",", Integer.toString(d.n()), Numbers.csv(d.baseMean()), Numbers.csv(d.variantMean()),
                Numbers.csv(d.difference()), Numbers.csv(d.ci95Low()), Numbers.csv(d.ci95High()),
                Numbers.csv(d.relativeChange()), Numbers.csv(d.relativeLow()), Numbers.csv(d.relativeHigh()),
                Boolean.toString(d.excludesZero()));
        out.write(String.join(",", Csv.field(p.parameter().path()), Csv.field(p.parameter().text()),
            Numbers.csv(e.change()), Numbers.csv(e.appliedChange()), Csv.field(e.value()), Csv.field(metric), stats, Integer.toString(p.rank())));
        out.write('\n');
      }
    }
  }
}
