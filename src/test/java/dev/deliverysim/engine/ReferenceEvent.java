package dev.deliverysim.engine;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * An event as the order tests' reference queue holds it: a {@link PriorityQueue} ordered by time,
 * then by the order events were scheduled, which is the rule the event queue must follow.
 */
record ReferenceEvent(double time, long sequence, int payload) {
  static final Comparator<ReferenceEvent> TIME_THEN_SEQUENCE =
      Comparator.comparingDouble(ReferenceEvent::time).thenComparingLong(ReferenceEvent::sequence);

  static PriorityQueue<ReferenceEvent> queue() {
    return new PriorityQueue<>(TIME_THEN_SEQUENCE);
  }

  /** Zero and whole-number delays create ties with pending events; continuous ones rarely tie. */
  static double delay(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.2) {
      return 0;
    }
    if (u < 0.5) {
      return rng.nextInt(5);
    }
    return -Math.log(1 - rng.nextDouble()) * 3;
  }
}
