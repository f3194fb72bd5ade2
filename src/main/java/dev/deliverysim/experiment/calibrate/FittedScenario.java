package dev.deliverysim.experiment.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The delivery scenario a {@link Calibration} supports, as YAML text that {@code validate} and
 * {@code run} accept: each value on its own line with an end-of-line comment saying where it came
 * from — {@code fitted: …} with the data, period, sample size, law and test, or {@code assumption: …}
 * where the data cannot say — which the report's assumption table shows beside it. What the data
 * gives but no scenario key takes (time to first review, cycle time) is written as comments: the
 * model produces those from its mechanisms, and the backtest compares them.
 */
public final class FittedScenario {
  /** Weeks simulated before the measured window, so the team is not measured starting empty (assumption). */
  public static final int WARMUP_WEEKS = 4;
  public static final int REPLICATIONS = 100;
  static final double LINES_PER_HOUR = 20;
  static final double DETECTION = 0.6;
  static final double FOCUSED_LINES = 400;
  static final double FOCUS = 0.7;
  static final double DEFAULT_DEFECTS_PER_KLOC = 8;

  private FittedScenario() {}

  /** The scenario's YAML; {@code name} must be a valid scenario name. */
  public static String yaml(Calibration c, String name) throws CalibrationInputException {
    if (c.people() == 0) {
      throw new CalibrationInputException(c.history().source() + ": no change finished by people in " + c.window()
          + ": nothing to fit (bots' changes: " + c.bots() + ")");
    }
    List<String> y = new ArrayList<>();
    ImportedHistory h = c.history();
    y.add("# Fitted by deliverysim calibrate from " + h.source() + " (" + h.format() + "), " + c.window() + " ("
        + c.window().weeks() + " weeks).");
    y.add("# Each value says where it came from: 'fitted' (from the data: sample, period, the law the");
    y.add("# Kolmogorov–Smirnov test chose among exponential, lognormal and gamma, and its p-value) or");
    y.add("# 'assumption' (the data cannot say; change it if you know better). Times are working time.");
    y.add("name: " + name);
    y.add("description: " + h.format() + " history " + c.window() + ", " + c.people() + " changes by " + c.authors()
        + " people (" + c.bots() + " by bots, not simulated)");
    y.add("units: {hours_per_day: " + Fmt.num(c.hoursPerDay()) + ", days_per_week: 5, output_unit: w}   # the"
        + " working time the data's timestamps were read in (--hours-per-day, weekdays)");
    y.add("run:");
    y.add("  replications: " + REPLICATIONS + "   # assumption: enough for 95% intervals a few percent wide");
    y.add("  seed: 1   # any seed: the backtest's bands show the spread across seeds");
    y.add("  horizon: " + (c.window().weeks() + WARMUP_WEEKS) + "w   # fitted: the data's " + c.window().weeks()
        + " weeks, after the warm-up");
    y.add("  warmup: " + WARMUP_WEEKS + "w   # assumption: the simulated team starts empty; these weeks are not measured");
    y.add("delivery:");
    y.add("  work:");
    y.add("    features:");
    y.add("      rate: " + Fmt.num(c.throughputPerWeek()) + "/w   # fitted: " + c.sample(c.people())
        + ": changes people finished per week (in a steady state, arrivals = throughput)");
    y.add("    tasks_per_feature: {fixed: 1}   # assumption: one change is one feature (the data has no features)");
    if (c.size() != null) {
      y.add("    task_effort: " + c.size().yaml(LINES_PER_HOUR, "h") + "   # fitted: PR size, " + c.sample(c.size().n())
          + ", " + c.size().test() + ", mean " + Fmt.num(c.size().mean()) + " lines; effort = size ÷ lines_per_hour");
      y.add("    lines_per_hour: " + Fmt.num(LINES_PER_HOUR) + "   # assumption: the data has sizes, not coding hours");
    } else if (c.coding() != null) {
      // the model's author codes at their focus: hours of effort = working hours in progress × focus
      LawFit f = c.coding();
      y.add("    task_effort: " + f.yaml(1 / FOCUS, "h") + "   # fitted: time in the coding statuses ("
          + String.join(", ", states(c, StateKind.CODING)) + "), " + c.sample(f.n()) + ", " + f.test() + ", mean "
          + Fmt.num(f.mean()) + " h; effort = that time × focus " + Fmt.num(FOCUS) + " (assumption: in progress, the"
          + " assignee works on it at their focus)");
    } else {
      y.add("    task_effort: {lognormal: {median: 6h, p90: 20h}}   # assumption: the data has no PR sizes");
    }
    y.add("  teams:");
    y.add("    - name: devs");
    y.add("      headcount: " + headcount(c) + "   # fitted: " + c.regulars() + " people finished a change in at least"
        + " a tenth of the weeks (two at least), " + Fmt.num(c.authorsPerWeek()) + " in a mean week, " + c.authors()
        + " in all, " + c.window());
    y.add("      skills: [code, review]   # assumption: authors review each other's changes");
    y.add("      focus: " + Fmt.num(FOCUS) + "   # assumption: 30% of time to meetings and other work");
    y.add("  quality:");
    y.add("    defects_per_kloc: " + defects(c));
    y.add("    rework_per_defect: 1h   # assumption: the data has no rework effort");
    y.add("  review:");
    y.add("    lines_per_hour: 400   # assumption: SmartBear/Cisco, 300–500 lines an hour");
    y.add("    minimum: 30m   # assumption");
    y.add("    detection: " + Fmt.num(DETECTION) + "   # assumption: SmartBear/Cisco");
    y.add("    focused_lines: " + Fmt.num(FOCUSED_LINES) + "   # assumption: SmartBear/Cisco, detection falls past 400 lines");
    y.add("    assignment: pool   # assumption: anyone may review any PR but their own");
    y.add("    pickup: job_end   # assumption: reviewers look when a job ends; try sessions (as scenarios/baseline.yaml)"
        + " if the backtest's pickup is too short");
    gates(y, c);
    y.add("  policy: review_first   # assumption");
    y.add("# Observed, not scenario keys: the model produces these from its mechanisms; the backtest compares them.");
    observed(y, "time to first review", c.pickup(), c);
    observed(y, "time in review (first review to merge)", c.inReview(), c);
    observed(y, "cycle time (opened to finished)", c.cycle(), c);
    for (StateTime t : c.states()) {
      String what = "time in '" + t.state() + "' (" + t.kind().name().toLowerCase(Locale.ROOT) + ")";
      y.add(t.fit() == null ? "#   " + what + ": " + t.items() + " items, mean " + Fmt.num(t.meanHours()) + " h, too few"
          + " to fit" : "#   " + what + ": " + t.fit().yaml(1, "h") + ", " + c.sample(t.fit().n()) + ", " + t.fit().test());
    }
    if (c.roundsKnown() > 0) {
      y.add("#   review rounds: mean " + Fmt.num(c.roundsMean()) + " (" + c.sample(c.roundsKnown()) + ")");
    }
    y.add(String.format(Locale.ROOT, "#   bots: %d of %d changes (%.1f%%), not simulated: nobody codes them", c.bots(),
        c.people() + c.bots(), 100 * c.botShare()));
    if (c.closedUnmerged() > 0) {
      y.add("#   closed without merging: " + c.closedUnmerged() + " PRs opened in the period, not simulated");
    }
    boolean gated = c.states().stream().anyMatch(t -> t.kind() == StateKind.GATE && t.fit() != null);
    y.add("# Not in the data, so not in the scenario: " + (gated ? "automated gates (CI)" : "gates (CI, QA)")
        + ", incidents, AI assistance. Add them");
    y.add("# (docs/scenario-reference.md) and compare: deliverysim compare THIS.yaml WITH-AI.yaml");
    return String.join("\n", y) + "\n";
  }

  /**
   * A status after review that the team spends time in (QA, test, staging…) becomes a gate the
   * model's PRs pass through: a pure delay of the fitted law, as the data has the time there but
   * not how much of it was waiting and how much testing.
   */
  private static void gates(List<String> y, Calibration c) {
    List<String> names = new ArrayList<>();
    for (StateTime t : c.states()) {
      if (t.kind() != StateKind.GATE || t.fit() == null) {
        continue;
      }
      if (names.isEmpty()) {
        y.add("  gates:");
      }
      String name = gateName(t.state(), names);
      names.add(name);
      y.add("    - name: " + name + "   # fitted: the status '" + t.state() + "', after review");
      y.add("      delay: " + t.fit().yaml(1, "h") + "   # fitted: time in '" + t.state() + "', " + c.sample(t.fit().n())
          + ", " + t.fit().test() + "; a delay, as the data does not part waiting from work");
      y.add("      detection: 0   # assumption: the data does not say what it finds; items sent back are in the"
          + " time in progress");
    }
  }

  /** A valid, unique gate name: the status in lower case, other characters made '-'. */
  static String gateName(String state, List<String> taken) {
    String base = state.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0)) || List.of("coding", "review", "rework").contains(base)) {
      base = "gate-" + base;
    }
    String name = base;
    for (int i = 2; taken.contains(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  private static List<String> states(Calibration c, StateKind kind) {
    return c.states().stream().filter(t -> t.kind() == kind).map(t -> "'" + t.state() + "'").toList();
  }

  /**
   * The team: its regular contributors (a tenth of the weeks or more, two at least), never fewer than the people
   * active in a mean week — someone who finishes a change every other week is on the team all the
   * same, and a week's distinct authors undercount it — and at least 2, so nobody reviews their own.
   */
  static int headcount(Calibration c) {
    return Math.max(2, Math.max(c.regulars(), (int) Math.ceil(c.authorsPerWeek() - 1e-9)));
  }

  private static String defects(Calibration c) {
    if (c.roundsKnown() >= LawFit.MIN_OBSERVATIONS && c.sizes().length >= LawFit.MIN_OBSERVATIONS) {
      double rate = DefectsFromRounds.rate(c.sizes(), c.changesRequested(), DETECTION, FOCUSED_LINES);
      if (Double.isFinite(rate)) {
        return Fmt.num(rate) + String.format(Locale.ROOT, "   # fitted: %.0f%% of first reviews asked for changes (%s);"
            + " the rate at which the model's reviews, detection %s, do the same", 100 * c.changesRequested(),
            c.sample(c.roundsKnown()), Fmt.num(DETECTION));
      }
    }
    return Fmt.num(DEFAULT_DEFECTS_PER_KLOC) + (c.roundsKnown() > 0 && c.sizes().length < LawFit.MIN_OBSERVATIONS
        ? "   # assumption: the data has review rounds but no PR sizes to turn them into a rate per line (baseline's value)"
        : "   # assumption: the data has no review rounds (baseline's value)");
  }

  private static void observed(List<String> y, String what, LawFit fit, Calibration c) {
    if (fit == null) {
      y.add("#   " + what + ": not in the data");
      return;
    }
    y.add("#   " + what + ": " + fit.yaml(1, "h") + ", " + c.sample(fit.n()) + ", " + fit.test());
  }
}
