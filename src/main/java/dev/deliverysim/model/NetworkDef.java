package dev.deliverysim.model;

import java.util.List;

/**
 * An open queueing network: stations and the job classes that flow through them, and at most one
 * {@link Rope} tying a gate's releases to a drum. Immutable; the per-replication state lives in
 * {@link NetworkSimulation}.
 */
public record NetworkDef(List<StationDef> stations, List<JobClassDef> jobClasses, Rope rope) {
  /** A network without a rope. */
  public NetworkDef(List<StationDef> stations, List<JobClassDef> jobClasses) {
    this(stations, jobClasses, Rope.NONE);
  }

  public NetworkDef {
    stations = List.copyOf(stations);
    jobClasses = List.copyOf(jobClasses);
    if (rope == null) {
      rope = Rope.NONE;
    }
    if (stations.isEmpty() || jobClasses.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one station and one job class");
    }
    int stationCount = stations.size();
    if (rope.present() && (rope.gate() >= stationCount || rope.drum() >= stationCount
        || !stations.get(rope.gate()).play().rolls())) {
      throw new IllegalArgumentException("a rope's gate must be a station that rolls a die, its drum a station");
    }
    for (StationDef s : stations) {
      if (s.serviceByClass().size() != jobClasses.size()) {
        throw new IllegalArgumentException(
            "station " + s.name() + " needs a service law for each of the " + jobClasses.size()
                + " job classes");
      }
      s.routingByClass().forEach(r -> checkTargets(r, stationCount));
    }
    jobClasses.forEach(c -> checkTargets(c.entry(), stationCount));
  }

  private static void checkTargets(Routing routing, int stationCount) {
    for (Transition t : routing.transitions()) {
      if (t.target() >= stationCount) {
        throw new IllegalArgumentException("routing to unknown station index " + t.target());
      }
    }
  }

  /**
   * A game that starts with its work and plays no rounds (the penny game): when its first and
   * last item come out is what the room measures, so those are reported.
   */
  public boolean timesItsFirstAndLastOut() {
    return stations.stream().anyMatch(s -> s.play().startWith() > 0)
        && stations.stream().noneMatch(s -> s.play().rolls());
  }

  /** The same network with every duration (arrivals and services) multiplied by {@code factor}. */
  public NetworkDef scaledTime(double factor) {
    return new NetworkDef(
        stations.stream().map(s -> s.scaledTime(factor)).toList(),
        jobClasses.stream().map(c -> c.scaledTime(factor)).toList(),
        rope);
  }
}
