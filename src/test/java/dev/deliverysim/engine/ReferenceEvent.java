package dev.deliverysim.engine;

import java.util.Comparator;
import java.util.PriorityQueue;

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
}
