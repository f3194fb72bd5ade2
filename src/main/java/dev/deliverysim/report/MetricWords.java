package dev.deliverysim.report;

import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;

/**
 * Metrics in a leader's words: a name ("cycle time (p85)"), a label with its unit for a table
 * ("cycle time, p85 (weeks)", "features delivered a week", "failed deployments (%)"), which
 * direction is better, and values as people read them (shares in percent, three significant
 * digits, rounding residue such as -1e-15 shown as 0). Files keep the machine names
 * ({@link MetricKey#label()}); tables, reports and charts use these.
 */
public final class MetricWords {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("features_delivered", "features delivered"),
      Map.entry("tasks_coded", "tasks coded"),
      Map.entry("tasks_done", "tasks done"),
      Map.entry("prs_merged", "PRs merged"),
      Map.entry("cycle_time_p85", "cycle time (p85)"),
      Map.entry("cycle_time_mean", "cycle time (mean)"),
      Map.entry("lead_time_p85", "lead time (p85)"),
      Map.entry("lead_time_mean", "lead time (mean)"),
      Map.entry("review_time_mean", "time in review"),
      Map.entry("review_time_p50", "time in review (median)"),
      Map.entry("review_pickup_mean", "wait for a reviewer"),
      Map.entry("review_pickup_p50", "wait for a reviewer (median)"),
      Map.entry("change_failure_rate", "change failure rate"),
      Map.entry("deployment_failure_rate", "failed deployments"),
      Map.entry("incidents", "incidents"),
      Map.entry("time_to_restore_mean", "time to restore"),
      Map.entry("flow_efficiency", "flow efficiency"),
      Map.entry("wip_mean", "work in progress"),
      Map.entry("throughput", "throughput"),
      Map.entry("sojourn_mean", "time in system (mean)"),
      Map.entry("sojourn_p85", "time in system (p85)"));

  /** What a metric's name measures, without its statistic (mean, median, p85): "time in review". */
  private static final Map<String, String> MEASURES = Map.ofEntries(
      Map.entry("features_delivered", "features delivered"),
      Map.entry("tasks_coded", "tasks coded"),
      Map.entry("tasks_done", "tasks done"),
      Map.entry("prs_merged", "PRs merged"),
      Map.entry("prs_opened", "PRs opened"),
      Map.entry("prs_closed_unmerged", "PRs closed unmerged"),
      Map.entry("deployments", "deployments"),
      Map.entry("backlog_done_at", "backlog done at"),
      Map.entry("cycle_time", "cycle time"),
      Map.entry("lead_time", "lead time"),
      Map.entry("review_time", "time in review"),
      Map.entry("review_pickup", "wait for a reviewer"),
      Map.entry("review_hours_per_pr", "review effort per PR"),
      Map.entry("pr_size", "PR size"),
      Map.entry("wip", "work in progress"),
      Map.entry("wip_end", "work in progress at the end"),
      Map.entry("change_failure_rate", "failed changes"),
      Map.entry("deployment_failure_rate", "failed deployments"),
      Map.entry("escaped_defects_per_pr", "escaped defects per PR"),
      Map.entry("reviews_per_pr", "reviews per PR"),
      Map.entry("changes_requested_share", "reviews asking for changes"),
      Map.entry("pre_review_findings_per_pr", "pre-review findings per PR"),
      Map.entry("review_interruptions", "set aside for a review"),
      Map.entry("flaky_reruns", "flaky test reruns"),
      Map.entry("time_to_restore", "time to restore"),
      Map.entry("sojourn", "time in system"),
      Map.entry("wait", "wait"),
      Map.entry("time_in_stage", "time in stage"),
      Map.entry("time_in_station", "time in station"),
      Map.entry("number_in_station", "items in station"),
      Map.entry("queue_length", "queue"),
      Map.entry("busy_servers", "busy servers"),
      Map.entry("utilisation", "busy"),
      Map.entry("loss_probability", "turned away"),
      Map.entry("bottleneck", "bottleneck"));

  private static final Map<String, String> STATISTICS =
      Map.of("_mean", "mean", "_p50", "median", "_p85", "p85", "_p95", "p95");

  /**
   * What an answer may lead with or name as a price. The delivery headline's review medians and
   * failed deployments stay in the tables: cycle time and incidents already carry what they cost,
   * and naming both would say one thing twice.
   */
  private static final Set<String> JUDGED = Set.of("features_delivered", "tasks_coded", "prs_merged",
      "cycle_time_p85", "cycle_time_mean", "lead_time_p85", "lead_time_mean", "review_time_mean",
      "review_pickup_mean", "change_failure_rate", "incidents", "time_to_restore_mean", "flow_efficiency",
      "wip_mean", "throughput", "sojourn_mean", "sojourn_p85");

  /** Metrics where more is better; for every other named metric, less is. */
  private static final Set<String> MORE_IS_BETTER =
      Set.of("features_delivered", "tasks_coded", "tasks_done", "prs_merged", "flow_efficiency", "throughput");

  /** What a delivered item is counted as: throughput metrics, which demand can cap. */
  static final Set<String> THROUGHPUT =
      Set.of("features_delivered", "tasks_coded", "tasks_done", "prs_merged", "throughput");

  private MetricWords() {}

  public static String name(MetricKey key) {
    String name = NAMES.get(key.name());
    return name == null ? key.label() : key.station().isEmpty() ? name : name + " at " + key.station();
  }

  /**
   * The metric's label for a table or a chart, its unit included: "features delivered a week",
   * "cycle time, p85 (weeks)", "failed deployments (%)", "wait at review, mean (weeks)",
   * "seniors' hours coding (a week per person)".
   */
  public static String label(MetricKey key) {
    String activity = MetricNames.activityOf(key.name());
    if (!activity.isEmpty()) {
      String owner = key.station().isEmpty() ? "" : key.station() + (key.station().endsWith("s") ? "' " : "'s ");
      return owner + "hours " + activity.replace('_', ' ') + unitSuffix(key);
    }
    String name = key.name();
    String statistic = "";
    for (Map.Entry<String, String> s : STATISTICS.entrySet()) {
      if (name.endsWith(s.getKey()) && !MEASURES.containsKey(name)) {
        statistic = s.getValue();
        name = name.substring(0, name.length() - s.getKey().length());
      }
    }
    String what = MEASURES.getOrDefault(name, name.replace('_', ' '));
    if (!key.station().isEmpty()) {
      what += " at " + key.station();
    } else if (!key.jobClass().isEmpty()) {
      what += " of " + key.jobClass();
    }
    return what + (statistic.isEmpty() ? "" : ", " + statistic) + unitSuffix(key);
  }

  /** " a week", " (weeks)", " (%)"; "" for a plain number. */
  static String unitSuffix(MetricKey key) {
    return switch (key.dimension()) {
      case TIME -> " (" + OutputUnit.plural(key.unit()) + ")";
      case RATE -> " " + a(OutputUnit.word(per(key.unit())));
      case PEOPLE_TIME -> " " + a(OutputUnit.word(per(key.unit()))) + " per person";
      case FRACTION -> percent(key) ? " (%)" : "";
      case EFFORT -> " (hours)";
      case LINES -> " (lines)";
      case COUNT -> " (" + key.unit() + ")";
      case MONEY -> " (" + key.unit() + ")";
    };
  }

  /** The unit alone, for a table's unit column: "a week", "weeks", "%", "" for a plain number. */
  public static String unit(MetricKey key) {
    String suffix = unitSuffix(key).strip();
    return suffix.startsWith("(") ? suffix.substring(1, suffix.length() - 1) : suffix;
  }

  /** A value as the metric's table shows it: shares in percent ("22.5%"), else {@link #number}. */
  public static String cell(double x, MetricKey key) {
    return percent(key) && Double.isFinite(x) ? number(100 * x) + "%" : number(x);
  }

  /**
   * A difference as the metric's table shows it, signed: "+1.2", "0" for residue, and for a share
   * in percentage points ("-0.5 pts"), so it does not read as a change in percent.
   */
  public static String signed(double x, MetricKey key) {
    String cell = percent(key) && Double.isFinite(x) ? number(100 * x) : number(x);
    String sign = x > 0 && !cell.equals("0") && Double.isFinite(x) ? "+" : "";
    return sign + cell + (percent(key) && Double.isFinite(x) && !cell.equals("0") ? " pts" : "");
  }

  /**
   * A number for people: three significant digits, thousands grouped, 0 for rounding residue
   * (|x| under 1e-9), "–" when not measured, "not reached" for +∞.
   */
  public static String number(double x) {
    if (Double.isNaN(x)) {
      return "–";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "not reached" : "-inf";
    }
    if (Math.abs(x) < 1e-9) {
      return "0";
    }
    if (Math.abs(x) >= 1000) {
      return String.format(java.util.Locale.ROOT, "%,.0f", x);
    }
    return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** True for a share or a probability, read in percent; false for a ratio such as reviews per PR. */
  static boolean percent(MetricKey key) {
    return key.dimension() == Dimension.FRACTION && !key.name().endsWith("_per_pr");
  }

  /** True for a metric a leader judges by direction (better or worse); false for the rest. */
  static boolean judged(MetricKey key) {
    return JUDGED.contains(key.name()) && key.station().isEmpty() && key.jobClass().isEmpty();
  }

  static boolean moreIsBetter(MetricKey key) {
    return MORE_IS_BETTER.contains(key.name());
  }

  /** "1.09 weeks", "4.04 a week", "6.4%" — a value with its unit in words. */
  static String value(double x, MetricKey key) {
    String n = ReportTables.number(x);
    return switch (key.dimension()) {
      case TIME -> n + " " + unitWord(key.unit(), x);
      case RATE -> n + " " + a(OutputUnit.word(per(key.unit())));
      case FRACTION -> percent(key) ? ReportTables.number(100 * x) + "%" : n;
      case EFFORT -> n + " h";
      default -> n + ("1".equals(key.unit()) ? "" : " " + key.unit());
    };
  }

  /** "a week", "an hour". */
  private static String a(String word) {
    return (word.startsWith("h") ? "an " : "a ") + word;
  }

  private static String per(String unit) {
    return unit.substring(unit.indexOf('/') + 1);
  }

  private static String unitWord(String symbol, double x) {
    return x == 1 ? OutputUnit.word(symbol) : OutputUnit.plural(symbol);
  }
}
