package dev.deliverysim.experiment.sensitivity;

import dev.deliverysim.experiment.MetricDifference;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints the ranking for a reader: one line per parameter, the relative effect of each change with
 * its 95% interval, starred when the interval excludes zero, then the variants that could not run.
 */
public final class SensitivityTable {
  private static final int CELL = 30;

  private final PrintWriter out;

  public SensitivityTable(PrintWriter out) {
    this.out = out;
  }

  public void print(List<RankedParameter> ranked, List<Double> changes, int top) {
    print(ranked, changes, top, java.util.Map.of());
  }

  /** @param words parameters in words by path; one without is shown by its path */
  public void print(List<RankedParameter> ranked, List<Double> changes, int top, java.util.Map<String, String> words) {
    java.util.function.Function<RankedParameter, String> name =
        p -> words.getOrDefault(p.parameter().path(), p.parameter().path());
    int width = Math.max("parameter".length(),
        ranked.stream().limit(top).mapToInt(p -> name.apply(p).length()).max().orElse(0));
    int valueWidth = Math.max(10,
        ranked.stream().limit(top).mapToInt(p -> p.parameter().text().length()).max().orElse(0));
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %4s  %-" + width + "s  %-" + valueWidth
        + "s", "rank", "parameter", "base"));
    for (double c : changes) {
      header.append("  ").append(pad(String.format(Locale.ROOT, "%+.0f%%", c * 100)));
    }
    out.println(header.toString().stripTrailing());
    for (RankedParameter p : ranked.subList(0, Math.min(top, ranked.size()))) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %4d  %-" + width + "s  %-" + valueWidth
          + "s", p.rank(), name.apply(p), p.parameter().text()));
      for (double c : changes) {
        line.append("  ").append(pad(cell(p, c)));
      }
      out.println(line.toString().stripTrailing());
    }
    if (ranked.size() > top) {
      out.println("  … " + (ranked.size() - top) + " more in sensitivity.csv (--top to show them)");
    }
    out.println();
    out.println("* the 95% interval of the paired difference excludes zero; – an integer the change"
        + " does not move");
    for (RankedParameter p : ranked) {
      for (Effect e : p.effects()) {
        if (e.skipped() != null) {
          out.println("skipped " + p.parameter().assignment(e.value()) + ": " + e.skipped());
        }
      }
    }
  }

  private static String cell(RankedParameter p, double change) {
    Effect effect = p.effects().stream().filter(e -> e.change() == change).findFirst().orElse(null);
    if (effect == null) {
      return "–";
    }
    MetricDifference d = effect.difference();
    if (d == null) {
      return "skipped";
    }
    if (!Double.isFinite(d.relativeChange())) {
      return String.format(Locale.ROOT, "%+.4g (no relative change)", d.difference());
    }
    return String.format(Locale.ROOT, "%s (%s … %s)%s", percent(d.relativeChange()), percent(d.relativeLow()),
        percent(d.relativeHigh()), d.excludesZero() ? " *" : "");
  }

  private static String percent(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%+.1f%%", x * 100) : "?";
  }

  private static String pad(String text) {
    return text.length() >= CELL ? text : text + " ".repeat(CELL - text.length());
  }
}
