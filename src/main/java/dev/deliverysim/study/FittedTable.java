package dev.deliverysim.study;

import dev.deliverysim.experiment.calibrate.Calibration;
import dev.deliverysim.experiment.calibrate.LawFit;
import dev.deliverysim.experiment.calibrate.StateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What calibrate fitted, one row per quantity (what, value, from which data), for the report and the terminal. */
public final class FittedTable {
  private FittedTable() {}

  public static List<List<String>> rows(Calibration c) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("throughput", String.format(Locale.ROOT, "%.2f changes/week", c.throughputPerWeek()),
        c.sample(c.people())));
    rows.add(List.of("active authors", String.format(Locale.ROOT, "%d regular%s, %.1f a week, %d in all", c.regulars(),
        c.regulars() == 1 ? "" : "s", c.authorsPerWeek(), c.authors()), c.sample(c.people())));
    law(rows, "PR size (lines)", c.size(), c, "");
    law(rows, "time to first review", c.pickup(), c, " h");
    law(rows, "time in review", c.inReview(), c, " h");
    law(rows, "cycle time", c.cycle(), c, " h");
    for (StateTime t : c.states()) {
      law(rows, "time in '" + t.state() + "' (" + t.kind().name().toLowerCase(Locale.ROOT) + ")", t.fit(), c, " h");
    }
    rows.add(List.of("review rounds", c.roundsKnown() == 0 ? "not in the data"
        : String.format(Locale.ROOT, "mean %.2f; %.0f%% asked for changes", c.roundsMean(), 100 * c.changesRequested()),
        c.sample(c.roundsKnown())));
    rows.add(List.of("bot share", String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100 * c.botShare(), c.bots(),
        c.bots() + c.people()), c.sample(c.bots() + c.people())));
    return rows;
  }

  /**
   * Changes per author, most first (ties by name, so the order is the same every run): how the work
   * is spread, which a headcount hides. Pseudonyms unless names were kept.
   */
  public static List<List<String>> authors(Calibration c) {
    return c.byAuthor().entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(java.util.Map.Entry.comparingByKey()))
        .map(e -> List.of(e.getKey(), Integer.toString(e.getValue()),
            String.format(Locale.ROOT, "%.0f%%", 100.0 * e.getValue() / c.people())))
        .toList();
  }

  private static void law(List<List<String>> rows, String what, LawFit fit, Calibration c, String unit) {
    rows.add(fit == null ? List.of(what, "not in the data (or fewer than " + LawFit.MIN_OBSERVATIONS + ")", "")
        : List.of(what, String.format(Locale.ROOT, "mean %.3g%s, cv %.2f", fit.mean(), unit, fit.cv()),
            c.sample(fit.n()) + ", " + fit.test()));
  }
}
