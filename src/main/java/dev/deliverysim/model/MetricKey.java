package dev.deliverysim.model;

/**
 * Names one output number: a metric, where it was measured, what it measures, and its unit as
 * reported.
 *
 * @param unit the symbol of {@code dimension} in the output unit: "h" or "w" for times, "1/w"
 *     for rates, "h/w" for people's hours, "jobs" for counts and levels, "1" for fractions
 */
public record MetricKey(String name, Place place, Dimension dimension, String unit) {
  public MetricKey {
    if (name == null || name.isBlank() || place == null || dimension == null || unit == null) {
      throw new IllegalArgumentException("a metric needs a name, a place, a dimension and a unit");
    }
  }

  /** A metric measured at {@code place}, in hours (the unit every model measures in). */
  public static MetricKey of(String name, Place place, Dimension dimension) {
    return new MetricKey(name, place, dimension, dimension.symbolIn(OutputUnit.HOURS));
  }

  public static MetricKey system(String name, Dimension dimension) {
    return of(name, Place.SYSTEM, dimension);
  }

  /** The same metric, reported in {@code out}. */
  public MetricKey in(OutputUnit out) {
    return new MetricKey(name, place, dimension, dimension.symbolIn(out));
  }

  /** The name of the station, stage or team it was measured at; "" for the system or a class. */
  public String station() {
    return place.kind() == Place.Kind.SYSTEM || place.kind() == Place.Kind.CLASS ? "" : place.name();
  }

  /** The job class it was measured for; "" when all classes are counted together. */
  public String jobClass() {
    return place.kind() == Place.Kind.CLASS ? place.name() : "";
  }

  /**
   * A stable label such as {@code wait_mean@review} or {@code sojourn_mean#gold}. Scenario
   * validation keeps user-chosen names from making two labels equal (a gate named like a team).
   */
  public String label() {
    return switch (place.kind()) {
      case SYSTEM -> name;
      case CLASS -> name + "#" + place.name();
      default -> name + "@" + place.name();
    };
  }
}
