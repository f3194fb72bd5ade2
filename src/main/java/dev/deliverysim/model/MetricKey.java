package dev.deliverysim.model;

/**
 * Names one output number: a metric, where it was measured and its unit.
 *
 * @param station the station's name, or "" for a network-wide metric
 * @param jobClass the job class's name, or "" when all classes are counted together
 * @param unit "h" for times, "1/h" for rates, "h/h" for hours of people's time per hour, "jobs" for
 *     counts and levels, "1" for fractions
 */
public record MetricKey(String name, String station, String jobClass, String unit) {
  public MetricKey {
    if (name == null || name.isBlank() || station == null || jobClass == null || unit == null) {
      throw new IllegalArgumentException("a metric needs a name, a station, a class and a unit");
    }
  }

  public static MetricKey system(String name, String unit) {
    return new MetricKey(name, "", "", unit);
  }

  public static MetricKey atStation(String name, String station, String unit) {
    return new MetricKey(name, station, "", unit);
  }

  public static MetricKey ofClass(String name, String jobClass, String unit) {
    return new MetricKey(name, "", jobClass, unit);
  }

  /** A stable label such as {@code wait_mean@review} or {@code sojourn_mean#gold}. */
  public String label() {
    String label = name;
    if (!station.isEmpty()) {
      label += "@" + station;
    }
    if (!jobClass.isEmpty()) {
      label += "#" + jobClass;
    }
    return label;
  }
}
