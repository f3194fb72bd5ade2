package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.Uniform;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The penny game on transfer batches: 20 coins on the first of four players' tables at the start,
 * each flipped once by each player, passed on in batches of N. With a steady flip of one hour the
 * times can be worked out by hand: the first coins leave the line at 4N, the last at 20 + 3N (the
 * first player's 20 flips, then the last batch's N flips at each of the three others).
 */
class PennyGameTest {
  private static final int COINS = 20;

  private static NetworkDef line(int batch, Distribution flip) {
    List<StationDef> players = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      players.add(new StationDef("p" + (p + 1), 1, StationDef.UNLIMITED, WhenFull.LOSE, Discipline.FIFO,
          List.of(flip), List.of(p < 3 ? Routing.to(p + 1) : Routing.exit()),
          new StationDef.Play(0, 0, p == 0 ? COINS : 0, batch)));
    }
    // No coin arrives during the game: the first arrival would come long after the horizon.
    return new NetworkDef(players, List.of(new JobClassDef("coin", 0, new Fixed(1e6), Routing.to(0))));
  }

  private static Outcome play(int batch, Distribution flip, int replication) {
    NetworkModel model = new NetworkModel(line(batch, flip), new StopRule(200, 0, 0, false));
    return new Outcome(model.catalog(), model.replicate(5, replication));
  }

  @Test
  void aSteadyFlipGivesTheTimesWorkedOutByHandForEveryBatchSize() {
    for (int batch = 1; batch <= COINS; batch++) {
      Outcome o = play(batch, new Fixed(1), 0);
      double[] done = byHand(batch);
      assertEquals(COINS, o.get("departures"), "batch " + batch);
      assertEquals(4.0 * batch, o.get("first_out"), 1e-9, "batch " + batch);
      assertEquals(done[done.length - 1], o.get("last_out"), 1e-9, "batch " + batch);
      if (COINS % batch == 0) {
        assertEquals(COINS + 3.0 * batch, o.get("last_out"), 1e-9, "batch " + batch);
      }
    }
  }

  /**
   * When each batch leaves the last player, flips taking one hour: batches of N and a last one of
   * what is left (it leaves once nothing more can join it). Player i finishes batch j when it has
   * both received it and finished batch j − 1, plus one hour a coin.
   */
  private static double[] byHand(int batch) {
    int count = (COINS + batch - 1) / batch;
    double[] done = new double[count];
    for (int player = 0; player < 4; player++) {
      double free = 0;
      for (int j = 0; j < count; j++) {
        int size = Math.min(batch, COINS - j * batch);
        double received = player == 0 ? 0 : done[j];
        free = Math.max(free, received) + size;
        done[j] = free;
      }
    }
    return done;
  }

  @Test
  void smallerBatchesBringTheFirstCoinAndTheLastOneSoonerAndHoldLessWork() {
    double[] first = new double[3];
    double[] last = new double[3];
    double[] wip = new double[3];
    int[] batches = {20, 5, 1};
    for (int i = 0; i < 3; i++) {
      for (int r = 0; r < 20; r++) {
        Outcome o = play(batches[i], new Uniform(0.75, 1.25), r);
        first[i] += o.get("first_out") / 20;
        last[i] += o.get("last_out") / 20;
        wip[i] += o.get("sojourn_mean") / 20;
      }
    }
    assertTrue(first[0] > first[1] && first[1] > first[2], java.util.Arrays.toString(first));
    assertTrue(last[0] > last[1] && last[1] > last[2], java.util.Arrays.toString(last));
    assertTrue(wip[0] > wip[1] && wip[1] > wip[2], java.util.Arrays.toString(wip));
  }
}
