package dev.deliverysim.model;

/**
 * Where a metric was measured: the whole system, a station of a network, a job class, a stage of
 * the delivery pipeline (gates included) or a team. A place's name is chosen by the scenario.
 */
public record Place(Kind kind, String name) {
  public enum Kind {
    SYSTEM,
    STATION,
    CLASS,
    STAGE,
    TEAM
  }

  /** The whole system: a network-wide or organisation-wide metric. */
  public static final Place SYSTEM = new Place(Kind.SYSTEM, "");

  public Place {
    if (kind == null || name == null || (kind == Kind.SYSTEM) != name.isEmpty()) {
      throw new IllegalArgumentException("a place needs a kind and, unless it is the system, a name");
    }
  }

  public static Place station(String name) {
    return new Place(Kind.STATION, name);
  }

  public static Place jobClass(String name) {
    return new Place(Kind.CLASS, name);
  }

  public static Place stage(String name) {
    return new Place(Kind.STAGE, name);
  }

  public static Place team(String name) {
    return new Place(Kind.TEAM, name);
  }
}
