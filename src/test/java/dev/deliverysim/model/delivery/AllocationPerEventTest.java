package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The delivery model's event loop allocates (next to) nothing per event: what a replication
 * allocates is its setup (people, queues, tables) and the two medians' arrays, which grow with the
 * reviews up to a bound. Measured over many events with the JVM's per-thread allocation counter. A bound on bytes, not on
 * time: it does not depend on the machine.
 */
class AllocationPerEventTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void aLongReplicationAllocatesLittlePerEvent() throws Exception {
    // the AI story's scenario: assigned review in sessions, code owners, side PRs, daily releases
    SimulationModel shortRun = model("26w");
    SimulationModel longRun = model("208w");
    shortRun.replicate(1, 0); // class loading, the JIT and the thread's recycled statistics
    longRun.replicate(1, 0);
    long[] bytes = new long[2];
    long[] events = new long[2];
    SimulationModel[] models = {shortRun, longRun};
    for (int i = 0; i < 2; i++) {
      long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
      ReplicationResult result = models[i].replicate(1, 1);
      bytes[i] = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
      events[i] = result.events();
    }
    // the events the long run adds cost what they allocate beyond the short run's
    double perEvent = (double) (bytes[1] - bytes[0]) / (events[1] - events[0]);
    assertTrue(events[1] > 6 * events[0], "the long run has many more events");
    // About 11 bytes: the two exact medians' arrays (one double per review, bounded at
    // MedianSample.EXACT_UP_TO) and the percentile histograms shifting their range to longer
    // times; the tables of PRs, tasks, features and incidents no longer grow with the work, their
    // ids being recycled (they made it 42). An object per event adds 16 bytes or more (one int[1]
    // kept per event makes it 37; not recycling the ids of PRs, 43).
    assertTrue(perEvent < 20, "bytes allocated per event: " + perEvent + " (" + bytes[0] + " bytes for "
        + events[0] + " events, " + bytes[1] + " for " + events[1] + ")");
  }

  private static SimulationModel model(String horizon) throws Exception {
    return ScenarioLoader.load(Path.of("scenarios/ai-adoption.yaml"), List.of("run.horizon=" + horizon))
        .scenario().model();
  }
}
