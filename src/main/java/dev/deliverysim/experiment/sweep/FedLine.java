package dev.deliverysim.experiment.sweep;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.StationLoad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Where the constraint is when the busiest station is busy only because its supply never runs out
 * — the dice game's first player, who draws from a box. Its utilisation says nothing about the
 * line: it turns work away (its source offers more than it takes) and what it passes on piles up
 * downstream (it releases more than the network delivers). Utilisation then names the wrong
 * station, so the stations are compared by capacity instead: what each passes on per unit of time
 * it is busy, per visit (throughput ÷ utilisation ÷ visits; for a rolling station, its mean roll).
 * The constraint is the station with the least capacity — when it is clearly the least: more than
 * {@value #DISTINCT} below the next, with the paired 95% interval of the difference above zero.
 * Otherwise no single station is the constraint: stations of equal capacity, held back together by
 * variation and dependence (Goldratt's balanced line).
 *
 * @param source the busiest station, fed without limit
 * @param released what it passes on per unit of time, per visit
 * @param delivered the network's throughput
 * @param capacities each station's mean capacity per visit, and the share of replications in which it
 *     was the least; stations without a utilisation (unlimited servers) left out
 * @param constraint the station of clearly least capacity, or "" when none is clearly least
 */
public record FedLine(String source, double released, double delivered, List<Bottleneck.Level> capacities,
    String constraint) {
  /** The source's output over the network's throughput above which its work is piling up. */
  static final double PILE_UP = 1.05;
  /** How much less capacity the constraint must have than the next station. */
  public static final double DISTINCT = 0.02;
  public static final String METRIC = "capacity";

  public FedLine {
    capacities = List.copyOf(capacities);
  }

  /**
   * The line's constraint by capacity when its busiest station is fed without limit and its work
   * piles up after it; null otherwise (utilisation then names the constraint honestly).
   *
   * @param loads each station's visits, from the traffic equations
   */
  public static FedLine of(Bottleneck byUtilisation, MetricCatalog catalog, List<ReplicationResult> results,
      List<StationLoad> loads) {
    String top = byUtilisation.bottleneck();
    int n = results.size();
    if (top.isEmpty() || n < 2 || loads.isEmpty()) {
      return null;
    }
    double visits = visits(loads, top);
    double lost = mean(catalog, results, MetricNames.LOSS_PROBABILITY + "@" + top);
    double released = mean(catalog, results, MetricNames.THROUGHPUT + "@" + top) / visits;
    double delivered = mean(catalog, results, MetricNames.THROUGHPUT);
    if (!(lost > 0) || !(released > PILE_UP * delivered)) {
      return null;
    }
    List<double[]> perStation = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Bottleneck.Level level : byUtilisation.levels()) {
      double[] c = capacities(catalog, results, level.station(), visits(loads, level.station()));
      if (c != null) {
        perStation.add(c);
        names.add(level.station());
      }
    }
    if (perStation.size() < 2) {
      return null;
    }
    int[] least = new int[perStation.size()];
    for (int r = 0; r < n; r++) {
      int best = 0;
      for (int s = 1; s < perStation.size(); s++) {
        best = perStation.get(s)[r] < perStation.get(best)[r] ? s : best;
      }
      least[best]++;
    }
    List<Bottleneck.Level> levels = new ArrayList<>();
    for (int s = 0; s < perStation.size(); s++) {
      levels.add(new Bottleneck.Level(names.get(s), average(perStation.get(s)), (double) least[s] / n));
    }
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < levels.size(); s++) {
      order.add(s);
    }
    order.sort(Comparator.comparingDouble(s -> levels.get(s).mean()));
    int first = order.get(0);
    int second = order.get(1);
    boolean clear = levels.get(second).mean() > (1 + DISTINCT) * levels.get(first).mean()
        && clearlyAbove(perStation.get(second), perStation.get(first));
    return new FedLine(top, released, delivered, levels, clear ? names.get(first) : "");
  }

  /** The levels as a {@link Bottleneck}: capacity per visit, the least's share, and the constraint or "". */
  public Bottleneck asBottleneck() {
    return new Bottleneck(METRIC, capacities, constraint);
  }

  /** The mean capacity of a station; NaN when it has none here. */
  public double capacity(String station) {
    return capacities.stream().filter(l -> l.station().equals(station)).mapToDouble(Bottleneck.Level::mean)
        .findFirst().orElse(Double.NaN);
  }

  /** The paired 95% interval of {@code higher − lower}, replication by replication, lies above zero. */
  private static boolean clearlyAbove(double[] higher, double[] lower) {
    int n = higher.length;
    double[] d = new double[n];
    for (int r = 0; r < n; r++) {
      d[r] = higher[r] - lower[r];
    }
    double mean = average(d);
    double squares = 0;
    for (double x : d) {
      squares += (x - mean) * (x - mean);
    }
    double se = Math.sqrt(squares / (n - 1) / n);
    return mean - TDistribution.of(n - 1).inverseSurvivalProbability(0.025) * se > 0;
  }

  /** Per replication: throughput ÷ utilisation ÷ visits; null when a replication has none. */
  private static double[] capacities(MetricCatalog catalog, List<ReplicationResult> results, String station,
      double visits) {
    int throughput = catalog.indexOf(MetricNames.THROUGHPUT + "@" + station);
    int utilisation = catalog.indexOf(MetricNames.UTILISATION + "@" + station);
    if (throughput < 0 || utilisation < 0 || !(visits > 0)) {
      return null;
    }
    double[] c = new double[results.size()];
    for (int r = 0; r < c.length; r++) {
      c[r] = results.get(r).value(throughput) / results.get(r).value(utilisation) / visits;
      if (!Double.isFinite(c[r])) {
        return null;
      }
    }
    return c;
  }

  private static double visits(List<StationLoad> loads, String station) {
    return loads.stream().filter(l -> l.station().equals(station)).mapToDouble(StationLoad::visits)
        .findFirst().orElse(Double.NaN);
  }

  private static double mean(MetricCatalog catalog, List<ReplicationResult> results, String label) {
    int at = catalog.indexOf(label);
    if (at < 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (ReplicationResult r : results) {
      sum += r.value(at);
    }
    return sum / results.size();
  }

  private static double average(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }
}
