package dev.deliverysim.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Solves the traffic equations λ = γ + λP of an open network, per job class, to find each
 * station's offered load before simulating (Jackson 1957). A station with ρ ≥ 1 and unlimited room
 * has no steady state; the run says so instead of reporting a meaningless average.
 *
 * <p>A finite station that loses work stays bounded whatever its load; one that blocks makes the
 * stations feeding it wait instead, and is flagged when that back-pressure reaches a station with
 * unlimited room. Losses are ignored in the equations, so loads downstream of a lossy station are
 * upper bounds.
 */
public final class TrafficAnalysis {
  /** Above this many stations a dense n × n system costs more than the simulation. */
  static final int DENSE_LIMIT = 300;

  private TrafficAnalysis() {}

  /**
   * @throws IllegalArgumentException when some job class can circulate for ever (a routing loop
   *     with no way out), which leaves the equations without a solution
   */
  public static List<StationLoad> of(NetworkDef network) {
    int n = network.stations().size();
    double[] arrivals = new double[n];
    double[] work = new double[n];
    for (int k = 0; k < network.jobClasses().size(); k++) {
      JobClassDef jobClass = network.jobClasses().get(k);
      double[] rates = classRates(network, k, jobClass);
      for (int s = 0; s < n; s++) {
        arrivals[s] += rates[s];
        work[s] += rates[s] * network.stations().get(s).serviceByClass().get(k).mean();
      }
    }
    double external = network.jobClasses().stream().mapToDouble(c -> 1 / c.interarrival().mean()).sum();
    List<StationLoad> loads = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      StationDef station = network.stations().get(s);
      double rho = station.hasUnlimitedServers() ? work[s] : work[s] / station.servers();
      boolean overloaded = !station.hasUnlimitedServers() && rho >= 1 - 1e-12;
      // With unlimited room the queue grows without bound; a full station that blocks pushes the
      // same growth back into the stations that feed it. Only a station that turns work away
      // (loss, or arrivals from outside, which are always lost when full) stays bounded.
      // A game's rolling station is played for its rounds, never read as a steady state; the traffic
      // equations also ignore what the box's full first bowl turns away.
      boolean saturated = !station.play().rolls()
          && overloaded && (!station.hasFiniteCapacity() || backPressureReachesUnlimitedRoom(network, s));
      loads.add(new StationLoad(station.name(), arrivals[s], rho, saturated, arrivals[s] / external));
    }
    return loads;
  }

  /**
   * Whether a full station's refusals pile up somewhere without bound: a blocking station holds
   * back the stations feeding it; a feeder with unlimited room then grows for ever, and a finite
   * feeder passes the pressure on only if it blocks its own feeders too. Work from outside the
   * network, or sent to a station that loses it, is turned away: bounded.
   */
  private static boolean backPressureReachesUnlimitedRoom(NetworkDef network, int full) {
    java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>(List.of(full));
    java.util.Set<Integer> seen = new java.util.HashSet<>(pending);
    while (!pending.isEmpty()) {
      int s = pending.pop();
      if (network.stations().get(s).whenFull() != WhenFull.BLOCK) {
        continue;
      }
      for (int from : feeders(network, s)) {
        if (!network.stations().get(from).hasFiniteCapacity()) {
          return true;
        }
        if (seen.add(from)) {
          pending.push(from);
        }
      }
    }
    return false;
  }

  private static List<Integer> feeders(NetworkDef network, int target) {
    List<Integer> feeders = new ArrayList<>();
    for (int from = 0; from < network.stations().size(); from++) {
      if (from == target) {
        continue;
      }
      for (Routing routing : network.stations().get(from).routingByClass()) {
        if (routing.transitions().stream().anyMatch(t -> t.target() == target && t.probability() > 0)) {
          feeders.add(from);
          break;
        }
      }
    }
    return feeders;
  }

  /**
   * Visit rates of one class: solve (I − Pᵀ) λ = γ. Small networks by LU (exact, as validated);
   * from {@value #DENSE_LIMIT} stations on, by sparse iteration ({@link SparseTraffic}).
   */
  private static double[] classRates(NetworkDef network, int k, JobClassDef jobClass) {
    int n = network.stations().size();
    if (n > DENSE_LIMIT) {
      double[] external = new double[n];
      double rate = 1 / jobClass.interarrival().mean();
      for (Transition t : jobClass.entry().transitions()) {
        external[t.target()] += rate * t.probability();
      }
      return checked(SparseTraffic.rates(network, k, external), jobClass);
    }
    RealMatrix system = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      system.setEntry(i, i, 1);
    }
    for (int from = 0; from < n; from++) {
      for (Transition t : network.stations().get(from).routingByClass().get(k).transitions()) {
        system.addToEntry(t.target(), from, -t.probability());
      }
    }
    RealVector external = new ArrayRealVector(n);
    double rate = 1 / jobClass.interarrival().mean();
    for (Transition t : jobClass.entry().transitions()) {
      external.addToEntry(t.target(), rate * t.probability());
    }
    DecompositionSolver solver = new LUDecomposition(system).getSolver();
    if (!solver.isNonSingular()) {
      throw new IllegalArgumentException(
          "jobs of class " + jobClass.name() + " can loop for ever: some routing cycle has no exit");
    }
    return checked(solver.solve(external).toArray(), jobClass);
  }

  private static double[] checked(double[] rates, JobClassDef jobClass) {
    if (rates == null) {
      throw new IllegalArgumentException(
          "jobs of class " + jobClass.name() + " can loop for ever: some routing cycle has no exit");
    }
    for (double r : rates) {
      if (!(r >= -1e-9) || !Double.isFinite(r)) {
        throw new IllegalArgumentException(
            "jobs of class " + jobClass.name() + " can loop for ever: some routing cycle has no exit");
      }
    }
    return rates;
  }
}
