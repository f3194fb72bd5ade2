package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks that the event heap releases events by time, first-in first-out among equal times, exactly
 * as a {@link PriorityQueue} ordered by (time, insertion number) would.
 */
class EventQueueTest {

  @Test
  void simultaneousEventsLeaveInTheOrderTheyWereScheduled() {
    EventQueue queue = new EventQueue(4);
    for (int i = 0; i < 100; i++) {
      queue.schedule(5.0, i);
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(i, queue.poll());
    }
    assertTrue(queue.isEmpty());
  }

  @Test
  void randomEventsLeaveInTheOrderOfAStableSortByTime() {
    for (int seed = 0; seed < 50; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      int n = 1 + rng.nextInt(2000);
      // A coarse grid of times makes ties common, so the stable sort's tie order matters.
      boolean coarse = rng.nextBoolean();
      List<ReferenceEvent> scheduled = new ArrayList<>();
      EventQueue queue = new EventQueue(2);
      for (int i = 0; i < n; i++) {
        double time = coarse ? rng.nextInt(20) * 0.5 : rng.nextDouble() * 100;
        queue.schedule(time, i);
        scheduled.add(new ReferenceEvent(time, i, i));
      }
      List<ReferenceEvent> expected = new ArrayList<>(scheduled);
      expected.sort(Comparator.comparingDouble(ReferenceEvent::time)); // List.sort is stable
      assertEquals(n, queue.size());
      for (ReferenceEvent e : expected) {
        assertEquals(e.time(), queue.nextTime(), "seed " + seed);
        assertEquals(e.payload(), queue.poll(), "seed " + seed);
        assertEquals(e.time(), queue.now());
      }
      assertTrue(queue.isEmpty());
    }
  }

  @Test
  void growsFarBeyondItsInitialCapacity() {
    EventQueue queue = new EventQueue(2);
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      queue.schedule(n - i, i); // descending times: every insertion sifts to the root
    }
    assertEquals(n, queue.size());
    for (int i = n - 1; i >= 0; i--) {
      assertEquals(i, queue.poll());
    }
    assertTrue(queue.isEmpty());
  }

  @Test
  void refusesEventsBeforeNowAndNaNButAcceptsNow() {
    EventQueue queue = new EventQueue();
    queue.schedule(5, 1);
    queue.poll();
    assertThrows(IllegalArgumentException.class, () -> queue.schedule(4.999, 2));
    assertThrows(IllegalArgumentException.class, () -> queue.schedule(Double.NaN, 2));
    queue.schedule(5, 3);
    assertEquals(3, queue.poll());
  }

  /** Times are ordered by their bits: −0.0 must tie with 0.0 (first in, first out), +∞ come last. */
  @Test
  void negativeZeroTiesWithZeroAndInfinityComesLast() {
    EventQueue queue = new EventQueue();
    queue.schedule(Double.POSITIVE_INFINITY, 9);
    queue.schedule(0.0, 1);
    queue.schedule(-0.0, 2);
    queue.schedule(Double.MIN_VALUE, 3);
    queue.schedule(0.0, 4);
    assertEquals(1, queue.poll());
    assertEquals(2, queue.poll());
    assertEquals(4, queue.poll());
    assertEquals(3, queue.poll());
    assertEquals(9, queue.poll());
    assertEquals(Double.POSITIVE_INFINITY, queue.now());
  }

  @Test
  void pollingAnEmptyQueueFails() {
    EventQueue queue = new EventQueue();
    assertThrows(IllegalStateException.class, queue::poll);
    queue.schedule(1, 7);
    assertEquals(7, queue.poll());
    assertTrue(queue.isEmpty());
    assertEquals(0, queue.size());
    assertThrows(IllegalStateException.class, queue::poll);
  }

  @Test
  void payloadsOfAnySignSurviveTheTrip() {
    EventQueue queue = new EventQueue();
    int[] payloads = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE};
    for (int p : payloads) {
      queue.schedule(1, p);
    }
    for (int p : payloads) {
      assertEquals(p, queue.poll());
    }
  }

  @Test
  void interleavedScheduleAndPollMatchAPriorityQueueOfTimeAndSequence() {
    for (int seed = 0; seed < 200; seed++) {
      SplittableRandom rng = new SplittableRandom(1_000 + seed);
      double scheduleShare = 0.3 + 0.4 * rng.nextDouble(); // the heap both grows and drains
      EventQueue queue = new EventQueue(1 + rng.nextInt(8));
      PriorityQueue<ReferenceEvent> reference = ReferenceEvent.queue();
      long sequence = 0;
      for (int step = 0; step < 5_000; step++) {
        if (reference.isEmpty() || rng.nextDouble() < scheduleShare) {
          double time = queue.now() + ReferenceEvent.delay(rng);
          int payload = rng.nextInt();
          queue.schedule(time, payload);
          reference.add(new ReferenceEvent(time, sequence++, payload));
        } else {
          ReferenceEvent expected = reference.poll();
          // Peeking or not varies the path the queue takes to retire the event it handed out last.
          if (rng.nextBoolean()) {
            assertEquals(expected.time(), queue.nextTime(), "seed " + seed + " step " + step);
          }
          assertEquals(expected.payload(), queue.poll(), "seed " + seed + " step " + step);
          assertEquals(expected.time(), queue.now());
        }
        assertEquals(reference.size(), queue.size());
      }
    }
  }

  /**
   * A hold model far larger than any shipped scenario: up to 200,000 pending events, many of them
   * tied (times on a coarse grid), each taken event replaced by one later, then drained — every
   * event leaves exactly as from a reference ordered by (time, insertion number).
   */
  @Test
  void hugePendingCountsWithTiesMatchAPriorityQueueOfTimeAndSequence() {
    for (int pending : new int[] {1_000, 65_537, 200_000}) {
      SplittableRandom rng = new SplittableRandom(pending);
      EventQueue queue = new EventQueue();
      PriorityQueue<ReferenceEvent> reference = ReferenceEvent.queue();
      long sequence = 0;
      for (int i = 0; i < pending; i++) {
        double time = rng.nextInt(pending / 10 + 1);
        queue.schedule(time, i);
        reference.add(new ReferenceEvent(time, sequence++, i));
      }
      for (int step = 0; step < 300_000 || !reference.isEmpty(); step++) {
        ReferenceEvent expected = reference.poll();
        assertEquals(expected.payload(), queue.poll(), pending + " pending, step " + step);
        if (step < 300_000) {
          double time = queue.now() + (rng.nextBoolean() ? rng.nextInt(3) : ReferenceEvent.delay(rng) * pending / 100);
          int payload = rng.nextInt();
          queue.schedule(time, payload);
          reference.add(new ReferenceEvent(time, sequence++, payload));
        }
      }
      assertTrue(queue.isEmpty());
    }
  }

  /**
   * Phases that mostly schedule and phases that mostly take, so the heap grows past its capacity
   * and drains again, under four shapes of delay (among them nearly everything tied, and times
   * spread over ten orders of magnitude); peeks and {@code hasEventBefore} along the way.
   */
  @Test
  void growingAndDrainingUnderManyDelayShapesMatchAPriorityQueue() {
    for (int seed = 0; seed < 120; seed++) {
      SplittableRandom rng = new SplittableRandom(7_000 + seed);
      EventQueue queue = new EventQueue(1 + rng.nextInt(8));
      PriorityQueue<ReferenceEvent> reference = ReferenceEvent.queue();
      long sequence = 0;
      int phaseLength = 200 + rng.nextInt(3_000);
      for (int step = 0; step < 12_000; step++) {
        double scheduleShare = (step / phaseLength) % 2 == 0 ? 0.7 : 0.3;
        if (reference.isEmpty() || rng.nextDouble() < scheduleShare) {
          double time = queue.now() + shapedDelay(rng, seed % 4);
          int payload = rng.nextInt();
          queue.schedule(time, payload);
          reference.add(new ReferenceEvent(time, sequence++, payload));
        } else {
          ReferenceEvent expected = reference.poll();
          String where = "seed " + seed + " step " + step;
          if (rng.nextBoolean()) {
            assertEquals(expected.time(), queue.nextTime(), where);
            assertTrue(queue.hasEventBefore(Math.nextUp(expected.time())), where);
            assertFalse(queue.hasEventBefore(expected.time()), where);
          }
          assertEquals(expected.payload(), queue.poll(), where);
          assertEquals(expected.time(), queue.now(), where);
        }
        assertEquals(reference.size(), queue.size());
      }
      while (!reference.isEmpty()) {
        assertEquals(reference.poll().payload(), queue.poll(), "seed " + seed + " draining");
      }
      assertTrue(queue.isEmpty());
    }
  }

  /** The usual mix, nearly all tied, spread over ten orders of magnitude, or rarely very far ahead. */
  private static double shapedDelay(SplittableRandom rng, int shape) {
    return switch (shape) {
      case 0 -> ReferenceEvent.delay(rng);
      case 1 -> rng.nextInt(2);
      case 2 -> Math.pow(10, rng.nextDouble() * 10 - 5);
      default -> rng.nextDouble() < 0.01 ? 1e6 * rng.nextDouble() : ReferenceEvent.delay(rng);
    };
  }

  @Test
  void aClearedQueueIsUsedAgainFromWhereTheClockStood() {
    EventQueue queue = new EventQueue(2);
    for (int i = 0; i < 50; i++) {
      queue.schedule(10 + i, i);
    }
    queue.poll();
    queue.clear();
    assertTrue(queue.isEmpty());
    assertEquals(10, queue.now());
    queue.schedule(11, 7);
    queue.schedule(10, 8);
    queue.schedule(10, 9);
    assertEquals(8, queue.poll());
    assertEquals(9, queue.poll());
    assertEquals(7, queue.poll());
    assertThrows(IllegalStateException.class, queue::poll);
  }

  @Test
  void clockAdvancesToEachEventTakenAndStaysWhenCleared() {
    EventQueue queue = new EventQueue();
    assertEquals(0, queue.now());
    queue.schedule(2.5, 0);
    queue.schedule(1.5, 1);
    assertEquals(0, queue.now()); // scheduling does not move the clock
    queue.poll();
    assertEquals(1.5, queue.now());
    queue.poll();
    assertEquals(2.5, queue.now());
    queue.schedule(7, 2);
    queue.clear();
    assertTrue(queue.isEmpty());
    assertEquals(2.5, queue.now());
  }

  /**
   * Reaching the 31-bit insertion-number limit needs 2³¹ schedules (far too slow for a unit test),
   * so the counter is moved near the limit by reflection; renumbering must keep ties FIFO.
   */
  @Test
  void renumberingAtTheInsertionCounterLimitKeepsTiesFirstInFirstOut() throws Exception {
    EventQueue queue = new EventQueue(4);
    PriorityQueue<ReferenceEvent> reference = ReferenceEvent.queue();
    long sequence = 0;
    for (int i = 0; i < 20; i++) {
      queue.schedule(1 + i % 2, i);
      reference.add(new ReferenceEvent(1 + i % 2, sequence++, i));
    }
    for (int i = 0; i < 5; i++) {
      assertEquals(reference.poll().payload(), queue.poll());
    }
    Field counter = EventQueue.class.getDeclaredField("nextSequence");
    counter.setAccessible(true);
    counter.setLong(queue, Integer.MAX_VALUE - 3L);
    for (int i = 20; i < 60; i++) {
      queue.schedule(1 + i % 3, i);
      reference.add(new ReferenceEvent(1 + i % 3, sequence++, i));
    }
    while (!reference.isEmpty()) {
      assertEquals(reference.poll().payload(), queue.poll());
    }
    assertTrue(counter.getLong(queue) < 100, "the counter was renumbered");
  }
}
