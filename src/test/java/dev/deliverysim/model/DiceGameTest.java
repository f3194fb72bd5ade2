package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Fixed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goldratt's dice game on rolling stations, checked against what can be worked out by hand: a
 * steady die passes exactly its roll; one player alone delivers the mean roll; two players deliver
 * exactly what the Markov chain of the second bowl says; a balanced line of five delivers less than
 * the mean roll while its stock grows.
 */
class DiceGameTest {
  /** A line of players with dice from min to max; the first is kept at six by a box (8 an hour). */
  private static NetworkDef line(int players, int min, int max) {
    List<StationDef> stations = new ArrayList<>();
    for (int p = 0; p < players; p++) {
      boolean first = p == 0;
      stations.add(new StationDef("p" + (p + 1), 1, first ? 6 : StationDef.UNLIMITED, WhenFull.LOSE,
          Discipline.FIFO, List.of(new Fixed(1)), List.of(p + 1 < players ? Routing.to(p + 1) : Routing.exit()),
          new StationDef.Play(min, max, first ? 6 : 0, 1)));
    }
    return new NetworkDef(stations, List.of(new JobClassDef("match", 0, new Fixed(0.125), Routing.to(0))));
  }

  private static double meanOver(NetworkDef network, int rounds, int replications, String metric, double[] sd) {
    NetworkModel model = new NetworkModel(network, new StopRule(rounds, 0, 0, false));
    double sum = 0;
    double squares = 0;
    for (int r = 0; r < replications; r++) {
      double x = new Outcome(model.catalog(), model.replicate(99, r)).get(metric);
      sum += x;
      squares += x * x;
    }
    double mean = sum / replications;
    sd[0] = Math.sqrt((squares / replications - mean * mean) / (replications - 1));
    return mean;
  }

  @Test
  void aSteadyDiePassesExactlyItsRollEveryRoundAndNothingWaitsDownstream() {
    Outcome o = Outcome.of(new NetworkModel(line(5, 3, 3), new StopRule(40, 0, 0, false)), 1);
    assertEquals(3.0, o.get("throughput"), 1e-12);
    for (int p = 2; p <= 5; p++) {
      assertEquals(0, o.get("queue_length_mean@p" + p), 1e-12, "p" + p);
      assertEquals(1, o.get("utilisation@p" + p), 1e-12, "p" + p);
    }
  }

  @Test
  void onePlayerAloneDeliversTheMeanRoll() {
    double[] se = new double[1];
    double mean = meanOver(line(1, 1, 6), 100, 400, "throughput", se);
    assertEquals(3.5, mean, 4 * se[0], "mean " + mean + " ± " + se[0]);
  }

  /**
   * Two players: the expected deliveries over 20 rounds from the exact distribution of the second
   * bowl (p1 always has a full roll; p2 passes on min(roll, stock + what p1 just passed)).
   */
  @Test
  void twoPlayersDeliverWhatTheMarkovChainOfTheBowlSays() {
    int rounds = 20;
    double[] bowl = new double[6 * rounds + 7];
    bowl[0] = 1;
    double expected = 0;
    for (int round = 0; round < rounds; round++) {
      double[] next = new double[bowl.length];
      for (int b = 0; b < bowl.length; b++) {
        if (bowl[b] == 0) {
          continue;
        }
        for (int d1 = 1; d1 <= 6; d1++) {
          for (int d2 = 1; d2 <= 6; d2++) {
            double p = bowl[b] / 36;
            int moved = Math.min(d2, b + d1);
            expected += p * moved;
            next[b + d1 - moved] += p;
          }
        }
      }
      bowl = next;
    }
    double perRound = expected / rounds;
    double[] se = new double[1];
    double mean = meanOver(line(2, 1, 6), rounds, 4000, "throughput", se);
    assertEquals(perRound, mean, 4 * se[0], "theory " + perRound + ", simulated " + mean + " ± " + se[0]);
    assertTrue(perRound < 3.4, "the chain itself says less than the mean roll: " + perRound);
  }

  @Test
  void aBalancedLineOfFiveDeliversLessThanTheMeanRollAndItsStockGrows() {
    double[] se = new double[1];
    double throughput = meanOver(line(5, 1, 6), 100, 100, "throughput", se);
    assertTrue(throughput + 4 * se[0] < 3.5 && throughput > 2.5, throughput + " ± " + se[0]);
    double halfway = meanOver(line(5, 1, 6), 50, 100, "wip_end", se);
    double atTheEnd = meanOver(line(5, 1, 6), 100, 100, "wip_end", se);
    assertTrue(atTheEnd > halfway + 5, "stock after 50 rounds " + halfway + ", after 100 " + atTheEnd);
  }
}
