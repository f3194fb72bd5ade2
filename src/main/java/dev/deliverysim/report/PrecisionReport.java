package dev.deliverysim.report;

import dev.deliverysim.experiment.Precision;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a run to a target precision ended, for people (a sentence, a report section) and for
 * scripts ({@code precision.csv}: one row per metric judged).
 */
public final class PrecisionReport {
  /** The file a run or comparison to a target precision writes. */
  public static final String CSV = "precision.csv";

  private PrecisionReport() {}

  /**
   * "Replications until the 95% interval of features delivered was within ±2% of its mean: 40 (3
   * batches); target met (±1.8%)." — or, at the cap, that it was not and how close it came. For a
   * comparison ({@code comparison} true): "Replications until every variant's change in cycle time
   * (p85) was known within ±1% of the base's value (95% interval): …".
   */
  public static String sentence(Precision.Reached r, MetricCatalog catalog, boolean comparison) {
    List<String> names = new ArrayList<>();
    List<String> reached = new ArrayList<>();
    for (Map.Entry<String, Double> e : r.achieved().entrySet()) {
      String name = words(catalog, e.getKey());
      names.add(name);
      reached.add((r.achieved().size() > 1 ? name + " " : "") + percent(e.getValue()));
    }
    String what = String.join(", ", names);
    String target = percent(r.precision().target());
    String until = comparison
        ? "every variant's change in " + what + " was known within " + target + " of the base's value (95% interval)"
        : "the 95% interval of " + what + " was within " + target + " of its mean";
    String head = String.format(Locale.ROOT, "Replications until %s: %d (%d %s)", until, r.replications(),
        r.batches(), r.batches() == 1 ? "batch" : "batches");
    return r.met()
        ? head + "; target met (" + String.join(", ", reached) + ")."
        : head + "; target NOT met: stopped at the cap of " + r.precision().maxReplications()
            + " replications, reaching " + String.join(", ", reached) + " (raise --max-replications, or ask less).";
  }

  /** {@code metric,target,relative_half_width,replications,max_replications,batches,met}. */
  public static void csv(Precision.Reached r, Writer w) throws IOException {
    w.write("metric,target,relative_half_width,replications,max_replications,batches,met\n");
    for (Map.Entry<String, Double> e : r.achieved().entrySet()) {
      w.write(Csv.field(e.getKey()) + "," + r.precision().target() + "," + number(e.getValue()) + ","
          + r.replications() + "," + r.precision().maxReplications() + "," + r.batches() + ","
          + (e.getValue() <= r.precision().target()) + "\n");
    }
  }

  private static String words(MetricCatalog catalog, String label) {
    for (MetricKey key : catalog.keys()) {
      if (key.label().equals(label)) {
        return MetricWords.name(key);
      }
    }
    return label;
  }

  private static String percent(double fraction) {
    return Double.isFinite(fraction) ? "±" + MetricWords.number(100 * fraction) + "%" : "± (no interval)";
  }

  private static String number(double x) {
    return Double.isFinite(x) ? Double.toString(x) : "inf";
  }
}
