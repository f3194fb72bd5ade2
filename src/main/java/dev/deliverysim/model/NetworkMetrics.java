package dev.deliverysim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a queueing-network replication reports, and how each number is read from the finished
 * simulation. Times are in hours, rates per hour, measured from the end of the warm-up.
 */
final class NetworkMetrics {
  private NetworkMetrics() {}

  static List<Readout.Metric<NetworkSimulation>> of(NetworkDef network) {
    List<Readout.Metric<NetworkSimulation>> m = new ArrayList<>();
    m.add(sys(MetricNames.THROUGHPUT, Dimension.RATE, s -> s.departures / observed(s)));
    m.add(sys(MetricNames.WIP_MEAN, Dimension.COUNT, NetworkSimulation::meanJobsInNetwork));
    m.add(sys(MetricNames.SOJOURN_MEAN, Dimension.TIME, s -> s.tallies.sojourn.mean()));
    m.add(sys("sojourn_p50", Dimension.TIME, s -> s.tallies.sojournPercentiles.at(50)));
    m.add(sys(MetricNames.SOJOURN_P85, Dimension.TIME, s -> s.tallies.sojournPercentiles.at(85)));
    m.add(sys("sojourn_p95", Dimension.TIME, s -> s.tallies.sojournPercentiles.at(95)));
    m.add(sys(MetricNames.WAIT_MEAN, Dimension.TIME, s -> s.tallies.waited.mean()));
    m.add(sys("arrivals", Dimension.COUNT, s -> s.arrivals));
    m.add(sys("departures", Dimension.COUNT, s -> s.departures));
    m.add(sys(MetricNames.LOSS_PROBABILITY, Dimension.FRACTION, s -> ratio(s.lost, s.arrivals)));
    m.add(sys("observed_time", Dimension.TIME, NetworkMetrics::observed));
    m.add(sys("wip_end", Dimension.COUNT, NetworkSimulation::jobsInNetwork));
    if (network.timesItsFirstAndLastOut()) {
      // A game starting with its work (the penny game): when the first and the last job came out.
      m.add(sys("first_out", Dimension.TIME, s -> s.tallies.firstOut));
      m.add(sys("last_out", Dimension.TIME, s -> s.tallies.lastOut));
    }

    List<StationDef> stations = network.stations();
    for (int i = 0; i < stations.size(); i++) {
      StationDef def = stations.get(i);
      int at = i;
      String name = def.name();
      if (def.play().rolls()) {
        // A player's utilisation: the share of its rolls it used (it cannot pass on what it lacks).
        m.add(station(MetricNames.UTILISATION, name, Dimension.FRACTION,
            s -> ratio(s.station(at).moved, s.station(at).rolled)));
      } else if (def.hasUnlimitedServers()) {
        m.add(station(MetricNames.BUSY_SERVERS_MEAN, name, Dimension.COUNT, s -> s.station(at).busyServers.mean(s.now())));
      } else {
        int servers = def.servers();
        m.add(station(MetricNames.UTILISATION, name, Dimension.FRACTION, s -> s.station(at).busyServers.mean(s.now()) / servers));
      }
      m.add(station(MetricNames.QUEUE_LENGTH_MEAN, name, Dimension.COUNT, s -> s.station(at).queueLength.mean(s.now())));
      m.add(station("number_in_station_mean", name, Dimension.COUNT, s -> numberInStation(s.station(at), s.now())));
      m.add(station(MetricNames.WAIT_MEAN, name, Dimension.TIME, s -> s.station(at).wait.mean()));
      m.add(station(MetricNames.TIME_IN_STATION_MEAN, name, Dimension.TIME, s -> s.station(at).timeInStation.mean()));
      m.add(station(MetricNames.THROUGHPUT, name, Dimension.RATE, s -> s.station(at).completions / observed(s)));
      if (def.hasFiniteCapacity()) {
        m.add(station(MetricNames.LOSS_PROBABILITY, name, Dimension.FRACTION, s -> ratio(s.station(at).lost, s.station(at).arrivals)));
      }
    }

    List<JobClassDef> classes = network.jobClasses();
    if (classes.size() > 1) {
      for (int k = 0; k < classes.size(); k++) {
        int of = k;
        String name = classes.get(k).name();
        m.add(ofClass(MetricNames.THROUGHPUT, name, Dimension.RATE, s -> s.tallies.sojournByClass[of].count() / observed(s)));
        m.add(ofClass(MetricNames.SOJOURN_MEAN, name, Dimension.TIME, s -> s.tallies.sojournByClass[of].mean()));
        m.add(ofClass(MetricNames.WAIT_MEAN, name, Dimension.TIME, s -> s.tallies.waitedByClass[of].mean()));
      }
    }
    return List.copyOf(m);
  }

  private static double observed(NetworkSimulation s) {
    return s.now() - s.tallies.observedFrom;
  }

  private static double numberInStation(StationState station, double now) {
    double n = station.queueLength.mean(now) + station.busyServers.mean(now);
    return station.transferBatch > 1 ? n + station.held.mean(now) : n;
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }

  private static Readout.Metric<NetworkSimulation> sys(String name, Dimension unit, ToDoubleFunction<NetworkSimulation> read) {
    return new Readout.Metric<>(MetricKey.system(name, unit), read);
  }

  private static Readout.Metric<NetworkSimulation> station(
      String name, String station, Dimension unit, ToDoubleFunction<NetworkSimulation> read) {
    return new Readout.Metric<>(MetricKey.of(name, Place.station(station), unit), read);
  }

  private static Readout.Metric<NetworkSimulation> ofClass(
      String name, String jobClass, Dimension unit, ToDoubleFunction<NetworkSimulation> read) {
    return new Readout.Metric<>(MetricKey.of(name, Place.jobClass(jobClass), unit), read);
  }
}
