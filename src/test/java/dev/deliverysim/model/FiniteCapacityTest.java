package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that a station with as many places as servers never queues when its upstream blocks,
 * including when its own jobs come back to it for rework.
 */
class FiniteCapacityTest {
  private static final StopRule STOP = new StopRule(1_000, 0, 0, false);

  /** Station A (one server, unlimited room) feeds B (one server, one place, blocking A). */
  private static NetworkDef line(Routing afterB) {
    StationDef a = new StationDef("A", 1, StationDef.UNLIMITED, WhenFull.LOSE, Discipline.FIFO,
        List.of(new Exponential(0.5)), List.of(Routing.to(1)));
    StationDef b = new StationDef("B", 1, 1, WhenFull.BLOCK, Discipline.FIFO,
        List.of(new Exponential(0.5)), List.of(afterB));
    return new NetworkDef(List.of(a, b), List.of(new JobClassDef("job", 0, new Exponential(1.5), Routing.to(0))));
  }

  @Test
  void aOnePlaceStationFedByABlockingUpstreamNeverQueues() {
    for (long seed = 0; seed < 10; seed++) {
      Outcome o = Outcome.of(new NetworkModel(line(Routing.exit()), STOP), seed);
      assertEquals(0, o.get("queue_length_mean@B"), "seed " + seed);
    }
  }

  /** A busy line blocks often; the blocked job must count at A (its server) and nowhere else. */
  @Test
  void aBlockedJobIsCompletedAtItsUpstreamStationButStillPresentThere() {
    StationDef a = new StationDef("A", 1, StationDef.UNLIMITED, WhenFull.LOSE, Discipline.FIFO,
        List.of(new Exponential(0.5)), List.of(Routing.to(1)));
    StationDef b = new StationDef("B", 1, 1, WhenFull.BLOCK, Discipline.FIFO,
        List.of(new Exponential(0.9)), List.of(Routing.exit()));
    NetworkDef network =
        new NetworkDef(List.of(a, b), List.of(new JobClassDef("job", 0, new Exponential(1), Routing.to(0))));
    int cutsWithABlockedJob = 0;
    for (int horizon = 1; horizon <= 100; horizon++) {
      NetworkSimulation sim =
          new NetworkSimulation(network, new StopRule(horizon, 0, 0, false), new RandomStreams(3, 0));
      sim.run();
      StationState upstream = sim.station(0);
      StationState downstream = sim.station(1);
      int blocked = downstream.blockedUpstream.size();
      cutsWithABlockedJob += blocked;
      assertTrue(blocked <= 1 && downstream.present() <= 1, "t = " + horizon);
      assertEquals(upstream.arrivals, upstream.completions + upstream.present() - blocked, "A at t = " + horizon);
      assertEquals(downstream.arrivals, downstream.completions + downstream.present(), "B at t = " + horizon);
      assertEquals(sim.jobsInNetwork(), upstream.present() + downstream.present());
    }
    assertTrue(cutsWithABlockedJob > 10, "the line blocked at only " + cutsWithABlockedJob + " cuts");
  }

  /**
   * A job routed back to its own full, blocking station keeps its place: the place must not go to
   * a job blocked upstream first (a defect once overfilled B this way: queue_length_mean@B ≈ 0.39).
   */
  @Test
  void reworkAtAFullBlockingStationNeverPushesItPastItsCapacity() {
    Routing rework = new Routing(List.of(new Transition(1, 0.5)));
    for (long seed = 0; seed < 10; seed++) {
      Outcome o = Outcome.of(new NetworkModel(line(rework), STOP), seed);
      assertEquals(0, o.get("queue_length_mean@B"), "seed " + seed);
    }
  }
}
