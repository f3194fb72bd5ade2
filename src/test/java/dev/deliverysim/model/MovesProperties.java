package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay's item trace is the simulation's own: following every item's moves up to each
 * snapshot gives exactly the timeline's counts — at each station, the items waiting and those on
 * a server — and recording the moves changes no number of the replication.
 */
class MovesProperties {
  @Test
  void followingTheMovesGivesTheTimelineAndChangesNothing() {
    qt().withFixedSeed(20_261_202L).withExamples(60).forAll(RandomNetworks.cases(true)).checkAssert(c -> {
      StopRule stop = new StopRule(c.horizon(), 0, 0, false);
      NetworkModel model = new NetworkModel(c.network(), stop);
      Replay replay = model.replay(c.seed(), 2, c.horizon() / 10);
      assertAgrees(replay, c.toString());
      assertArrayEquals(model.timeline(c.seed(), 2, c.horizon() / 10).arrived(), replay.timeline().arrived());
      NetworkSimulation traced = new NetworkSimulation(c.network(), stop, new dev.deliverysim.engine.RandomStreams(c.seed(), 2));
      traced.traceMoves();
      traced.run();
      assertArrayEquals(model.replicate(c.seed(), 2).values(),
          new Readout<>(NetworkMetrics.of(c.network()), OutputUnit.HOURS).read(traced), c.toString());
    });
  }

  @Test
  void theDiceGameWithARopeAndThePennyGameAgreeWithTheirTimelines() throws Exception {
    for (String game : new String[] {"scenarios/games/dice-dbr.yaml", "scenarios/games/penny-5.yaml"}) {
      var scenario = dev.deliverysim.scenario.ScenarioLoader.load(java.nio.file.Path.of(game), java.util.List.of())
          .scenario();
      Replay replay = scenario.model().replay(scenario.seed(), 0, 1);
      assertTrue(replay.moves().size() > 100, game);
      assertEquals(scenario.stop().horizon(), replay.moves().until(), 1e-9, "complete to the end: " + game);
      assertAgrees(replay, game);
    }
  }

  /** At every snapshot, the items at each station (waiting; on a server) as the moves up to then say. */
  private static void assertAgrees(Replay replay, String what) {
    Moves m = replay.moves();
    Timeline t = replay.timeline();
    Map<Integer, int[]> where = new HashMap<>(); // item → {station, on a server}
    int next = 0;
    for (int i = 0; i < t.snapshots(); i++) {
      while (next < m.size() && m.times()[next] < t.times()[i]) { // snapshots fire before moves at their time
        if (m.stations()[next] < 0) {
          where.remove(m.items()[next]);
        } else {
          where.put(m.items()[next], new int[] {m.stations()[next], m.serving()[next] ? 1 : 0});
        }
        next++;
      }
      double[] counts = new double[t.inState()[i].length];
      for (int[] at : where.values()) {
        counts[2 * at[0] + at[1]]++;
      }
      assertArrayEquals(t.inState()[i], counts, "snapshot " + i + " at " + t.times()[i] + " of " + what);
    }
  }
}
