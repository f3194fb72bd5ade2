package dev.deliverysim.model;

import dev.deliverysim.engine.Distribution;
import java.util.List;

/**
 * A station of the network: servers, a queue, a service law per job class, and where jobs go next.
 *
 * @param servers number of parallel servers, or {@link #UNLIMITED} (a pure delay)
 * @param capacity most jobs the station holds, waiting and in service, or {@link #UNLIMITED}
 * @param serviceByClass service-time law for each job class, indexed as the network's classes
 * @param routingByClass where each job class goes after service here
 */
public record StationDef(
    String name,
    int servers,
    int capacity,
    WhenFull whenFull,
    Discipline discipline,
    List<Distribution> serviceByClass,
    List<Routing> routingByClass) {

  public static final int UNLIMITED = Integer.MAX_VALUE;

  public StationDef {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a station needs a name");
    }
    if (servers < 1) {
      throw new IllegalArgumentException("servers must be ≥ 1, was " + servers);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be ≥ 1, was " + capacity);
    }
    if (capacity != UNLIMITED && servers != UNLIMITED && capacity < servers) {
      throw new IllegalArgumentException(
          "capacity " + capacity + " is smaller than the number of servers " + servers);
    }
    serviceByClass = List.copyOf(serviceByClass);
    routingByClass = List.copyOf(routingByClass);
    if (serviceByClass.size() != routingByClass.size()) {
      throw new IllegalArgumentException("one service law and one routing per job class expected");
    }
  }

  public boolean hasUnlimitedServers() {
    return servers == UNLIMITED;
  }

  public boolean hasFiniteCapacity() {
    return capacity != UNLIMITED;
  }

  /** The same station with every service time multiplied by {@code factor}. */
  public StationDef scaledTime(double factor) {
    return new StationDef(
        name,
        servers,
        capacity,
        whenFull,
        discipline,
        serviceByClass.stream().map(d -> d.scaled(factor)).toList(),
        routingByClass);
  }
}
