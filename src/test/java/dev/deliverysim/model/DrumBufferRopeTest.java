package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Fixed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drum-buffer-rope in the dice game (Goldratt, The Goal): the first player releases a match only
 * while fewer than the buffer's worth it released have yet to pass the drum. Checked against what
 * can be worked out — a rope nothing ever pulls taut changes no number; a rope of one to the last
 * of two players delivers exactly one a round; a rope of three to the second of two players
 * delivers what the exact Markov chain of its bowl says — and against the theory's lesson: on a
 * line with a slow player, the rope keeps the work in the line bounded (never more than the buffer
 * between the gate and the drum) and far below the unroped line's, while the line still delivers
 * at the drum's pace.
 */
class DrumBufferRopeTest {
  private static final int SEED = 31;

  /** A line of players with dice from 1 to {@code max[p]}; the first kept at six by a box (8 an hour). */
  private static NetworkDef line(Rope rope, int... max) {
    List<StationDef> stations = new ArrayList<>();
    int players = max.length;
    for (int p = 0; p < players; p++) {
      boolean first = p == 0;
      stations.add(new StationDef("p" + (p + 1), 1, first ? 6 : StationDef.UNLIMITED, WhenFull.LOSE,
          Discipline.FIFO, List.of(new Fixed(1)), List.of(p + 1 < players ? Routing.to(p + 1) : Routing.exit()),
          new StationDef.Play(1, max[p], first ? 6 : 0, 1)));
    }
    return new NetworkDef(stations, List.of(new JobClassDef("match", 0, new Fixed(0.125), Routing.to(0))), rope);
  }

  private static double mean(NetworkDef network, int rounds, int replications, String metric, double[] se) {
    NetworkModel model = new NetworkModel(network, new StopRule(rounds, 0, 0, false));
    double sum = 0;
    double squares = 0;
    for (int r = 0; r < replications; r++) {
      double x = new Outcome(model.catalog(), model.replicate(SEED, r)).get(metric);
      sum += x;
      squares += x * x;
    }
    double mean = sum / replications;
    se[0] = Math.sqrt((squares / replications - mean * mean) / (replications - 1)); // the standard error
    return mean;
  }

  @Test
  void aRopeNothingPullsTautChangesNoNumber() {
    NetworkModel free = new NetworkModel(line(Rope.NONE, 6, 6, 6, 6, 6), new StopRule(100, 0, 0, false));
    NetworkModel roped = new NetworkModel(line(new Rope(0, 2, 1_000_000), 6, 6, 6, 6, 6), new StopRule(100, 0, 0, false));
    for (int r = 0; r < 5; r++) {
      assertArrayEquals(free.replicate(SEED, r).values(), roped.replicate(SEED, r).values(), "replication " + r);
    }
  }

  /** The gate releases one match; the drum (the last player, whose die shows at least 1) passes it on at once. */
  @Test
  void aRopeOfOneToTheLastOfTwoPlayersDeliversExactlyOneARound() {
    Outcome o = Outcome.of(new NetworkModel(line(new Rope(0, 1, 1), 6, 6), new StopRule(50, 0, 0, false)), SEED);
    assertEquals(1.0, o.get("throughput"), 1e-12);
    assertEquals(0.0, o.get("number_in_station_mean@p2"), 1e-12);
    assertEquals(0.0, o.get("time_in_station_mean@p2"), 1e-12, "each match passes p2 in the round it is released");
  }

  /**
   * Two players, a rope of {@code b} to the second: before a round the second bowl holds s ≤ b; p1
   * (always a full roll's worth, from the box) releases min(d1, b − s), then p2 passes on
   * min(d2, what its bowl holds). The expected deliveries over 20 rounds, exactly.
   */
  @Test
  void aRopeToTheSecondOfTwoPlayersDeliversWhatTheChainOfItsBowlSays() {
    int b = 3;
    int rounds = 20;
    double[] bowl = new double[b + 1];
    bowl[0] = 1;
    double expected = 0;
    for (int round = 0; round < rounds; round++) {
      double[] next = new double[b + 1];
      for (int s = 0; s <= b; s++) {
        for (int d1 = 1; d1 <= 6; d1++) {
          for (int d2 = 1; d2 <= 6; d2++) {
            double p = bowl[s] / 36;
            int held = s + Math.min(d1, b - s);
            int moved = Math.min(d2, held);
            expected += p * moved;
            next[held - moved] += p;
          }
        }
      }
      bowl = next;
    }
    double perRound = expected / rounds;
    double[] se = new double[1];
    double simulated = mean(line(new Rope(0, 1, b), 6, 6), rounds, 4000, "throughput", se);
    assertEquals(perRound, simulated, 4 * se[0], "theory " + perRound + ", simulated " + simulated + " ± " + se[0]);
    assertTrue(perRound < 2.9, "the rope of 3 costs the line: " + perRound);
  }

  /** p3's die shows 1 to 5 (a mean of 3, the others 3.5): p3 is the drum. */
  @Test
  void onASlowLineTheRopeBoundsTheWorkAndTheLineKeepsTheDrumsPace() {
    int buffer = 15;
    NetworkDef free = line(Rope.NONE, 6, 6, 5, 6, 6);
    NetworkDef roped = line(new Rope(0, 2, buffer), 6, 6, 5, 6, 6);
    double[] se = new double[1];
    double wipFree = mean(free, 100, 100, "wip_mean", se);
    double wipRoped = mean(roped, 100, 100, "wip_mean", se);
    assertTrue(wipRoped < 0.5 * wipFree, "work in the line: " + wipRoped + " roped, " + wipFree + " free");
    double endFree = mean(free, 100, 100, "wip_end", se);
    double endRoped = mean(roped, 100, 100, "wip_end", se);
    double endRopedHalfway = mean(roped, 50, 100, "wip_end", se);
    assertTrue(endFree > 2 * endRoped, "at the end: " + endRoped + " roped, " + endFree + " free");
    assertEquals(endRopedHalfway, endRoped, 2.0, "the roped line stops growing: " + endRopedHalfway + " → " + endRoped);
    double throughputFree = mean(free, 100, 100, "throughput", se);
    double throughputRoped = mean(roped, 100, 100, "throughput", se);
    assertTrue(throughputRoped > 0.97 * throughputFree, throughputRoped + " roped against " + throughputFree);
    assertTrue(throughputRoped < 3 && throughputRoped > 0.9 * 3, "the drum's pace is 3 a round: " + throughputRoped);

    // Never more than the buffer between the gate and the far side of the drum, at any snapshot.
    Timeline t = new NetworkModel(roped, new StopRule(100, 0, 0, false)).timeline(SEED, 0, 1);
    for (int i = 0; i < t.snapshots(); i++) {
      double between = t.inState()[i][2] + t.inState()[i][3] + t.inState()[i][4] + t.inState()[i][5];
      assertTrue(between <= buffer, "snapshot " + i + ": " + between + " matches between p1 and past p3");
    }
  }

  /**
   * Over a long game a longer rope starves the drum less often, so the line delivers more, up to
   * the drum's mean roll and never beyond it.
   */
  @Test
  void overALongGameALongerRopeBringsTheLineToTheDrumsMeanRoll() {
    double[] se = new double[1];
    double shortRope = mean(line(new Rope(0, 2, 5), 6, 6, 5, 6, 6), 2000, 20, "throughput", se);
    double seShort = se[0];
    double bookRope = mean(line(new Rope(0, 2, 15), 6, 6, 5, 6, 6), 2000, 20, "throughput", se);
    double seBook = se[0];
    double longRope = mean(line(new Rope(0, 2, 40), 6, 6, 5, 6, 6), 2000, 20, "throughput", se);
    assertTrue(shortRope + 4 * seShort < bookRope && bookRope + 4 * seBook < longRope,
        shortRope + " < " + bookRope + " < " + longRope);
    assertTrue(bookRope > 0.95 * 3, "a rope of 15: " + bookRope);
    assertTrue(longRope > 0.99 * 3 && longRope < 3, "a rope of 40: " + longRope + " ± " + se[0]);
  }
}
