package dev.deliverysim.report;

import dev.deliverysim.model.MetricKey;
import java.util.Map;
import java.util.Set;

/**
 * Metrics in a leader's words: a name ("cycle time (p85)"), which direction is better, and units
 * spelled out ("weeks"). A metric without a built-in name keeps its label.
 */
public final class MetricWords {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("features_delivered", "features delivered"),
      Map.entry("tasks_coded", "tasks coded"),
      Map.entry("prs_merged", "PRs merged"),
      Map.entry("cycle_time_p85", "cycle time (p85)"),
      Map.entry("cycle_time_mean", "cycle time (mean)"),
      Map.entry("lead_time_p85", "lead time (p85)"),
      Map.entry("lead_time_mean", "lead time (mean)"),
      Map.entry("review_time_mean", "time in review"),
      Map.entry("review_pickup_mean", "wait for a reviewer"),
      Map.entry("change_failure_rate", "change failure rate"),
      Map.entry("incidents", "incidents"),
      Map.entry("time_to_restore_mean", "time to restore"),
      Map.entry("flow_efficiency", "flow efficiency"),
      Map.entry("wip_mean", "work in progress"),
      Map.entry("throughput", "throughput"),
      Map.entry("sojourn_mean", "time in system (mean)"),
      Map.entry("sojourn_p85", "time in system (p85)"));

  /** Metrics where more is better; for every other named metric, less is. */
  private static final Set<String> MORE_IS_BETTER =
      Set.of("features_delivered", "tasks_coded", "prs_merged", "flow_efficiency", "throughput");

  /** What a delivered item is counted as: throughput metrics, which demand can cap. */
  static final Set<String> THROUGHPUT = Set.of("features_delivered", "tasks_coded", "prs_merged", "throughput");

  private MetricWords() {}

  public static String name(MetricKey key) {
    String name = NAMES.get(key.name());
    return name == null ? key.label() : key.station().isEmpty() ? name : name + " at " + key.station();
  }

  /** True for a metric a leader judges by direction (better or worse); false for the rest. */
  static boolean judged(MetricKey key) {
    return NAMES.containsKey(key.name()) && key.station().isEmpty() && key.jobClass().isEmpty();
  }

  static boolean moreIsBetter(MetricKey key) {
    return MORE_IS_BETTER.contains(key.name());
  }

  /** "1.09 weeks", "4.04 a week", "6.4%" — a value with its unit in words. */
  static String value(double x, MetricKey key) {
    String n = ReportTables.number(x);
    return switch (key.dimension()) {
      case TIME -> n + " " + unitWord(key.unit(), x);
      case RATE -> n + " a " + unitWord(key.unit().substring(key.unit().indexOf('/') + 1), 1);
      case FRACTION -> key.name().endsWith("_rate") || key.name().endsWith("efficiency") || key.name().endsWith("share")
          ? ReportTables.number(100 * x) + "%" : n;
      case EFFORT -> n + " h";
      default -> n + ("1".equals(key.unit()) ? "" : " " + key.unit());
    };
  }

  private static String unitWord(String symbol, double x) {
    String word = switch (symbol) {
      case "w" -> "week";
      case "d" -> "day";
      case "h" -> "hour";
      default -> symbol;
    };
    return x == 1 ? word : word + "s";
  }
}
