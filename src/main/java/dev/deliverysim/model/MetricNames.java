package dev.deliverysim.model;

/**
 * The names of the metrics that code outside the models reads by name — to print a table, write a
 * verdict, rank a sensitivity or forecast a date — spelled once, here, and used by the models that
 * publish them too. A metric nobody outside its model reads needs no constant.
 */
public final class MetricNames {
  // networks
  public static final String THROUGHPUT = "throughput";
  public static final String SOJOURN_MEAN = "sojourn_mean";
  public static final String SOJOURN_P85 = "sojourn_p85";
  public static final String WIP_MEAN = "wip_mean";
  public static final String LOSS_PROBABILITY = "loss_probability";
  public static final String BUSY_SERVERS_MEAN = "busy_servers_mean";
  public static final String TIME_IN_STATION_MEAN = "time_in_station_mean";
  // networks and delivery alike
  public static final String UTILISATION = "utilisation";
  public static final String QUEUE_LENGTH_MEAN = "queue_length_mean";
  public static final String WAIT_MEAN = "wait_mean";
  // delivery
  public static final String FEATURES_DELIVERED = "features_delivered";
  public static final String BACKLOG_DONE_AT = "backlog_done_at";
  public static final String CYCLE_TIME_MEAN = "cycle_time_mean";
  public static final String TIME_IN_STAGE_MEAN = "time_in_stage_mean";
  public static final String REVIEW_PICKUP_MEAN = "review_pickup_mean";
  /** Per stage: 1 in a replication where this stage held the most work waiting, else 0. */
  public static final String BOTTLENECK = "bottleneck";
  private static final String HOURS = "hours_";

  private MetricNames() {}

  /** {@code hours_<activity>}: a team's hours on an activity, per person per unit of time. */
  public static String hours(String activity) {
    return HOURS + activity;
  }

  /** The activity of an {@code hours_<activity>} metric; "" for any other metric. */
  public static String activityOf(String metric) {
    return metric.startsWith(HOURS) ? metric.substring(HOURS.length()) : "";
  }
}
