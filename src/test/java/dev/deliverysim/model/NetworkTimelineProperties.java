package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * A network timeline observes without disturbing (the replication's numbers are unchanged) and
 * conserves jobs: at each snapshot, arrived − departed − lost = jobs queued or served. Finite
 * capacities are included, so losses and blocking are exercised.
 */
class NetworkTimelineProperties {
  @Test
  void recordingATimelineChangesNothingAndConservesJobs() {
    qt().withFixedSeed(20_261_124_8L).withExamples(100).forAll(RandomNetworks.cases(true))
        .checkAssert(c -> {
          StopRule stop = new StopRule(c.horizon(), 0, c.horizon() / 5, false);
          NetworkModel model = new NetworkModel(c.network(), stop);
          Timeline t = model.timeline(c.seed(), 3, c.horizon() / 10);
          assertEquals(10, t.snapshots(), c.toString());
          for (int i = 0; i < t.snapshots(); i++) {
            double inside = java.util.Arrays.stream(t.inState()[i]).sum();
            assertEquals(t.arrived()[i] - t.done()[i], inside, 0.0, "snapshot " + i + " of " + c);
          }
          ReplicationResult plain = model.replicate(c.seed(), 3);
          NetworkSimulation watched = new NetworkSimulation(c.network(), stop,
              new dev.deliverysim.engine.RandomStreams(c.seed(), 3));
          watched.recordTimeline(c.horizon() / 10);
          watched.run();
          assertEquals(plain.events(), watched.eventCount, c.toString());
          assertArrayEquals(plain.values(), new Readout<>(NetworkMetrics.of(c.network()), OutputUnit.HOURS)
              .read(watched), c.toString());
        });
  }
}
