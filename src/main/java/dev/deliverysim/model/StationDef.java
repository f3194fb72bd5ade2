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
 * @param play the rules of a game station (a die per round, stock at the start); {@link Play#NONE}
 *     for an ordinary station
 */
public record StationDef(
    String name,
    int servers,
    int capacity,
    WhenFull whenFull,
    Discipline discipline,
    List<Distribution> serviceByClass,
    List<Routing> routingByClass,
    Play play) {

  public static final int UNLIMITED = Integer.MAX_VALUE;

  /**
   * What makes a station a player of a classic game rather than a server with service times.
   *
   * @param movesMin the least a round's die lets the station pass on (0 when it does not roll)
   * @param movesMax the most; 0 for a station that serves instead of rolling
   * @param startWith jobs of the first class waiting here at time 0
   * @param transferBatch jobs finished here wait until this many have gathered, then move on
   *     together (the penny game); 1 passes each on at once
   */
  public record Play(int movesMin, int movesMax, int startWith, int transferBatch) {
    public static final Play NONE = new Play(0, 0, 0, 1);

    public Play {
      if (movesMin < 0 || movesMax < movesMin || startWith < 0 || transferBatch < 1) {
        throw new IllegalArgumentException("expected 0 ≤ moves min ≤ max, a start ≥ 0 and a batch ≥ 1, was "
            + movesMin + ", " + movesMax + ", " + startWith + ", " + transferBatch);
      }
    }

    /** Finished jobs wait for their batch before moving on. */
    public boolean batches() {
      return transferBatch > 1;
    }

    /** The station plays in rounds: each round it rolls its die and passes on up to the roll. */
    public boolean rolls() {
      return movesMax > 0;
    }

    /** The mean roll: a uniform whole number from min to max. */
    public double meanMoves() {
      return (movesMin + movesMax) / 2.0;
    }
  }

  /** An ordinary station: servers and service times, nothing at the start. */
  public StationDef(String name, int servers, int capacity, WhenFull whenFull, Discipline discipline,
      List<Distribution> serviceByClass, List<Routing> routingByClass) {
    this(name, servers, capacity, whenFull, discipline, serviceByClass, routingByClass, Play.NONE);
  }

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
    if (play == null) {
      play = Play.NONE;
    }
    if (play.rolls() && servers != 1) {
      throw new IllegalArgumentException("a station that rolls a die plays alone: servers must be 1, was " + servers);
    }
    if (play.batches() && (play.rolls() || capacity != UNLIMITED)) {
      throw new IllegalArgumentException("a station passing work on in batches serves (no die) and has unlimited room");
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
        routingByClass,
        play);
  }
}
