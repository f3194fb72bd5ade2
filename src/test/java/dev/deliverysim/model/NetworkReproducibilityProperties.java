package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.experiment.ReplicationRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What must not change a run's numbers for any random network: the thread count, a station that no
 * job can reach, and (apart from the unit of time) a change of time unit.
 *
 * <p>QuickTheories runs with fixed seeds so a failure replays identically; the network's master
 * seed is itself a generated input.
 */
class NetworkReproducibilityProperties {
  private static final long QT_SEED = 1_124_2026L;
  private static final double[] TIME_FACTORS = {0.5, 2, 10, 60};

  @Test
  void sameSeedGivesBitIdenticalResultsOnOneThreadAndOnTwo() {
    qt().withFixedSeed(QT_SEED)
        .withExamples(50)
        .forAll(RandomNetworks.cases(true))
        .checkAssert(
            c -> {
              NetworkModel model = new NetworkModel(c.network(), new StopRule(c.horizon(), 0, 0, false));
              List<ReplicationResult> one = new ReplicationRunner(1).run(model, c.seed(), 0, 3, n -> {});
              List<ReplicationResult> two = new ReplicationRunner(2).run(model, c.seed(), 0, 3, n -> {});
              for (int r = 0; r < one.size(); r++) {
                assertTrue(Arrays.equals(one.get(r).values(), two.get(r).values()), "replication " + r);
                assertEquals(one.get(r).events(), two.get(r).events());
              }
            });
  }

  @Test
  void anUnreachableStationChangesNoOtherMetric() {
    qt().withFixedSeed(QT_SEED + 1)
        .withExamples(100)
        .forAll(RandomNetworks.cases(true), integers().between(0, 4))
        .checkAssert(
            (c, position) -> {
              StopRule stop = new StopRule(c.horizon(), 0, 0, false);
              NetworkDef network = c.network();
              int at = Math.min(position, network.stations().size());
              NetworkModel plain = new NetworkModel(network, stop);
              NetworkModel extended = new NetworkModel(withUnreachableStation(network, at), stop);
              ReplicationResult before = plain.replicate(c.seed(), 0);
              ReplicationResult after = extended.replicate(c.seed(), 0);
              for (MetricKey key : plain.catalog().keys()) {
                double expected = before.value(plain.catalog().indexOf(key.label()));
                double actual = after.value(extended.catalog().indexOf(key.label()));
                // Bit patterns, so that NaN equals NaN and nothing is forgiven as rounding.
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                    key.label() + ": " + expected + " became " + actual);
              }
              assertEquals(before.events(), after.events());
            });
  }

  /**
   * Inserts station "ghost" at index {@code at}, renumbering routes past it. Nothing routes to the
   * ghost, while the ghost itself routes onwards, to show outgoing routes do not make it reachable.
   */
  static NetworkDef withUnreachableStation(NetworkDef network, int at) {
    int classCount = network.jobClasses().size();
    List<StationDef> stations = new ArrayList<>();
    for (StationDef s : network.stations()) {
      stations.add(new StationDef(s.name(), s.servers(), s.capacity(), s.whenFull(), s.discipline(),
          s.serviceByClass(), s.routingByClass().stream().map(r -> shifted(r, at)).toList()));
    }
    Routing onwards = new Routing(List.of(new Transition(at == 0 ? 1 : 0, 0.5)));
    stations.add(at, new StationDef("ghost", 1, 2, WhenFull.BLOCK, Discipline.FIFO,
        Collections.nCopies(classCount, new Exponential(1)), Collections.nCopies(classCount, onwards)));
    List<JobClassDef> classes = network.jobClasses().stream()
        .map(c -> new JobClassDef(c.name(), c.priority(), c.interarrival(), shifted(c.entry(), at)))
        .toList();
    return new NetworkDef(stations, classes);
  }

  private static Routing shifted(Routing routing, int at) {
    return new Routing(routing.transitions().stream()
        .map(t -> new Transition(t.target() >= at ? t.target() + 1 : t.target(), t.probability()))
        .toList());
  }

  /**
   * Multiplying every duration and the stop rule by k multiplies times by k and divides rates by k;
   * counts, levels and fractions stay. Samplers draw k times the same values (up to rounding), so
   * the tolerance is 1e-9 relative, except for percentiles: the histogram's buckets do not scale
   * with k, so each is only within its 1/1024 relative bucket width of the true quantile.
   */
  @Test
  void changingTheTimeUnitScalesTimesAndRatesAndNothingElse() {
    qt().withFixedSeed(QT_SEED + 2)
        .withExamples(100)
        .forAll(RandomNetworks.cases(true), integers().between(0, TIME_FACTORS.length - 1))
        .checkAssert(
            (c, choice) -> {
              double k = TIME_FACTORS[choice];
              StopRule stop = new StopRule(c.horizon(), 0, 0, false);
              NetworkModel base = new NetworkModel(c.network(), stop);
              NetworkModel scaled = new NetworkModel(c.network().scaledTime(k), stop.scaledTime(k));
              ReplicationResult before = base.replicate(c.seed(), 0);
              ReplicationResult after = scaled.replicate(c.seed(), 0);
              List<MetricKey> keys = base.catalog().keys();
              assertEquals(keys, scaled.catalog().keys());
              for (int i = 0; i < keys.size(); i++) {
                MetricKey key = keys.get(i);
                double factor = switch (key.unit()) {
                  case "h" -> k;
                  case "1/h" -> 1 / k;
                  default -> 1;
                };
                double expected = before.value(i) * factor;
                double actual = after.value(i);
                String what = key.label() + " with time × " + k;
                if (Double.isNaN(expected)) {
                  assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
                  continue;
                }
                double relative = key.name().startsWith("sojourn_p") ? 1.0 / 1024 : 1e-9;
                assertEquals(expected, actual, relative * Math.abs(expected) + 1e-300, what);
              }
            });
  }
}
