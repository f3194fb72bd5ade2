package dev.deliverysim.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.LogNormal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates small random open networks that the traffic equations call stable, with a horizon and
 * a master seed, as inputs for property tests.
 *
 * <p>Every station lets jobs leave with probability ≥ 0.2, so no class circulates for ever, and
 * arrivals are slowed until no station with finite servers is loaded beyond {@link #MAX_LOAD}, so
 * runs stay short. Inter-arrival times are continuous (exponential or lognormal): with fixed ones,
 * exact ties between events could break differently after a change of time unit.
 */
final class RandomNetworks {
  static final double MAX_LOAD = 0.8;
  private static final double TARGET_LOAD = 0.75;

  /** A network to simulate up to {@code horizon} hours from master seed {@code seed}. */
  record Case(NetworkDef network, double horizon, long seed) {}

  private RandomNetworks() {}

  /** With {@code finiteCapacities}, about two stations in three hold few jobs and lose or block. */
  static Gen<Case> cases(boolean finiteCapacities) {
    Gen<NetworkDef> networks = in -> network(in, finiteCapacities);
    return networks
        .zip(integers().between(100, 1000), longs().all(), (n, h, s) -> new Case(n, h, s))
        .assuming(c -> TrafficAnalysis.of(c.network()).stream().noneMatch(StationLoad::saturated));
  }

  private static NetworkDef network(RandomnessSource in, boolean finiteCapacities) {
    int stationCount = between(in, 1, 4);
    int classCount = between(in, 1, 2);
    boolean feedback = between(in, 0, 1) == 1;
    List<JobClassDef> classes = new ArrayList<>();
    for (int k = 0; k < classCount; k++) {
      Distribution interarrival =
          between(in, 0, 3) == 0
              ? LogNormal.ofMeanCv(between(in, 5, 20) / 10.0, between(in, 3, 15) / 10.0)
              : new Exponential(between(in, 5, 20) / 10.0);
      classes.add(new JobClassDef("c" + k, between(in, 0, 1), interarrival, entry(in, stationCount)));
    }
    List<StationDef> stations = new ArrayList<>();
    for (int s = 0; s < stationCount; s++) {
      stations.add(station(in, s, stationCount, classCount, feedback, finiteCapacities));
    }
    return withinLoad(new NetworkDef(stations, classes));
  }

  private static StationDef station(
      RandomnessSource in, int index, int stationCount, int classCount, boolean feedback,
      boolean finiteCapacities) {
    int[] serverChoices = {1, 2, 3, StationDef.UNLIMITED};
    int servers = serverChoices[between(in, 0, 3)];
    int capacity = StationDef.UNLIMITED;
    // Few spare places, so stations fill up and losses and blocking actually happen.
    if (finiteCapacities && between(in, 0, 2) > 0) {
      capacity = servers == StationDef.UNLIMITED ? between(in, 1, 3) : servers + between(in, 0, 2);
    }
    WhenFull whenFull = between(in, 0, 1) == 0 ? WhenFull.LOSE : WhenFull.BLOCK;
    Discipline discipline = between(in, 0, 1) == 0 ? Discipline.FIFO : Discipline.PRIORITY;
    List<Distribution> services = new ArrayList<>();
    List<Routing> routings = new ArrayList<>();
    for (int k = 0; k < classCount; k++) {
      services.add(service(in));
      routings.add(routing(in, index, stationCount, feedback));
    }
    return new StationDef("s" + index, servers, capacity, whenFull, discipline, services, routings);
  }

  private static Distribution service(RandomnessSource in) {
    double mean = between(in, 1, 20) / 10.0;
    return switch (between(in, 0, 2)) {
      case 0 -> new Exponential(mean);
      case 1 -> LogNormal.ofMeanCv(mean, between(in, 2, 15) / 10.0);
      default -> new Fixed(mean);
    };
  }

  /** Exit with probability ≥ 0.2; the rest goes to one or two stations, downstream only unless feedback. */
  private static Routing routing(RandomnessSource in, int from, int stationCount, boolean feedback) {
    int lowest = feedback ? 0 : from + 1;
    int stayPercent = 100 - between(in, 20, 100);
    if (lowest >= stationCount || stayPercent == 0) {
      return Routing.exit();
    }
    int first = between(in, lowest, stationCount - 1);
    if (between(in, 0, 1) == 0) {
      return new Routing(List.of(new Transition(first, stayPercent / 100.0)));
    }
    int second = between(in, lowest, stationCount - 1);
    int split = between(in, 0, stayPercent);
    return new Routing(
        List.of(
            new Transition(first, split / 100.0), new Transition(second, (stayPercent - split) / 100.0)));
  }

  /** Every job enters somewhere: one station, or two with a random split. */
  private static Routing entry(RandomnessSource in, int stationCount) {
    int first = between(in, 0, stationCount - 1);
    if (stationCount == 1 || between(in, 0, 1) == 0) {
      return Routing.to(first);
    }
    int second = between(in, 0, stationCount - 1);
    int split = between(in, 1, 99);
    return new Routing(List.of(new Transition(first, split / 100.0), new Transition(second, (100 - split) / 100.0)));
  }

  /** Slows every class's arrivals by one factor, which divides every station's load by it. */
  private static NetworkDef withinLoad(NetworkDef network) {
    double highest = 0;
    List<StationLoad> loads = TrafficAnalysis.of(network);
    for (int s = 0; s < loads.size(); s++) {
      if (!network.stations().get(s).hasUnlimitedServers()) {
        highest = Math.max(highest, loads.get(s).offeredLoad());
      }
    }
    if (highest <= MAX_LOAD) {
      return network;
    }
    double factor = highest / TARGET_LOAD;
    return new NetworkDef(
        network.stations(),
        network.jobClasses().stream()
            .map(c -> new JobClassDef(c.name(), c.priority(), c.interarrival().scaled(factor), c.entry()))
            .toList());
  }

  private static int between(RandomnessSource in, int low, int high) {
    return integers().between(low, high).generate(in);
  }
}
