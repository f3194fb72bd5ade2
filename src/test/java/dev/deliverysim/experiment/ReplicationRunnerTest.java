package dev.deliverysim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.model.Discipline;
import dev.deliverysim.model.JobClassDef;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.NetworkDef;
import dev.deliverysim.model.NetworkModel;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.Routing;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.StationDef;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.model.Transition;
import dev.deliverysim.model.WhenFull;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Checks that replications come back in index order with the same bits whatever the thread count. */
class ReplicationRunnerTest {
  private static final long SEED = 987_654_321L;

  /** A two-station line with rework, small enough to replicate many times in milliseconds. */
  private static NetworkModel model() {
    StationDef build =
        new StationDef("build", 2, StationDef.UNLIMITED, WhenFull.LOSE, Discipline.FIFO,
            List.of(LogNormal.ofMeanCv(0.8, 0.7)), List.of(Routing.to(1)));
    StationDef review =
        new StationDef("review", 1, StationDef.UNLIMITED, WhenFull.LOSE, Discipline.FIFO,
            List.of(new Exponential(0.5)), List.of(new Routing(List.of(new Transition(0, 0.2)))));
    JobClassDef change = new JobClassDef("change", 0, new Exponential(1), Routing.to(0));
    return new NetworkModel(
        new NetworkDef(List.of(build, review), List.of(change)), new StopRule(300, 0, 20, false));
  }

  @Test
  void resultsAreBitForBitIdenticalForOneTwoAndThreeThreads() {
    NetworkModel model = model();
    List<ReplicationResult> one = new ReplicationRunner(1).run(model, SEED, 0, 7, n -> {});
    for (int threads : new int[] {2, 3}) {
      List<ReplicationResult> many = new ReplicationRunner(threads).run(model, SEED, 0, 7, n -> {});
      assertEquals(one.size(), many.size());
      for (int i = 0; i < one.size(); i++) {
        // assertArrayEquals on doubles compares bit patterns (via doubleToLongBits) when no delta is given.
        assertArrayEquals(one.get(i).values(), many.get(i).values(), threads + " threads, replication " + i);
        assertEquals(one.get(i).events(), many.get(i).events());
      }
    }
  }

  @Test
  void resultsAreOrderedByReplicationIndexAndEqualToRunningEachAlone() {
    NetworkModel model = model();
    List<ReplicationResult> results = new ReplicationRunner(3).run(model, SEED, 5, 6, n -> {});
    for (int i = 0; i < results.size(); i++) {
      assertEquals(5 + i, results.get(i).replication());
      assertArrayEquals(model.replicate(SEED, 5 + i).values(), results.get(i).values());
    }
  }

  @Test
  void progressCountsEveryFinishedReplication() {
    for (int threads : new int[] {1, 2}) {
      AtomicInteger largest = new AtomicInteger();
      new ReplicationRunner(threads).run(model(), SEED, 0, 5, n -> largest.accumulateAndGet(n, Math::max));
      assertEquals(5, largest.get());
    }
  }

  @Test
  void aCrashInReplicationThreeNamesThatReplicationAndTheSeed() {
    NetworkModel healthy = model();
    SimulationModel failing =
        new SimulationModel() {
          @Override
          public MetricCatalog catalog() {
            return healthy.catalog();
          }

          @Override
          public java.util.List<String> headline() {
            return healthy.headline();
          }

          @Override
          public ReplicationResult replicate(long masterSeed, int replication) {
            if (replication == 3) {
              throw new IllegalStateException("station state corrupted");
            }
            return healthy.replicate(masterSeed, replication);
          }

          @Override
          public dev.deliverysim.model.Timeline timeline(long masterSeed, int replication, double interval) {
            return healthy.timeline(masterSeed, replication, interval);
          }
        };
    for (int threads : new int[] {1, 2, 3}) {
      ReplicationFailedException e =
          assertThrows(
              ReplicationFailedException.class,
              () -> new ReplicationRunner(threads).run(failing, SEED, 0, 6, n -> {}));
      assertEquals(3, e.replication());
      assertEquals(SEED, e.seed());
      assertTrue(e.getMessage().contains("replication 3"), e.getMessage());
      assertTrue(e.getMessage().contains(Long.toString(SEED)), e.getMessage());
      IllegalStateException cause = assertInstanceOf(IllegalStateException.class, e.getCause());
      assertEquals("station state corrupted", cause.getMessage());
    }
  }

  @Test
  void rejectsNoThreadsAndEmptyRanges() {
    assertThrows(IllegalArgumentException.class, () -> new ReplicationRunner(0));
    ReplicationRunner runner = new ReplicationRunner(2);
    assertThrows(IllegalArgumentException.class, () -> runner.run(model(), SEED, 0, 0, n -> {}));
    assertThrows(IllegalArgumentException.class, () -> runner.run(model(), SEED, -1, 3, n -> {}));
  }
}
