package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Events scheduled in slots leave exactly as they would from the heap alone: by time, then in the
 * order they were scheduled, whichever structure each is in — ties between slot and heap events,
 * a slot scheduled again while its event is pending (the older one must still come), the taken
 * slot event written over, and renumbering at the insertion counter's limit.
 */
class EventQueueSlotsTest {

  @Test
  void mixedSlotAndHeapEventsLeaveAsFromOneHeap() {
    for (int seed = 0; seed < 300; seed++) {
      SplittableRandom rng = new SplittableRandom(40_000 + seed);
      int slotCount = 1 + rng.nextInt(seed % 3 == 0 ? 4 : 300); // few slots: many overwrites
      double slotShare = rng.nextDouble();
      boolean coarse = rng.nextBoolean(); // times on a grid of halves: ties everywhere
      EventQueue queue = new EventQueue(1 + rng.nextInt(8));
      queue.slots(slotCount);
      PriorityQueue<ReferenceEvent> reference = ReferenceEvent.queue();
      ReferenceEvent[] lastInSlot = new ReferenceEvent[slotCount];
      long sequence = 0;
      int phaseLength = 100 + rng.nextInt(1_000);
      for (int step = 0; step < 6_000 || !reference.isEmpty(); step++) {
        String where = "seed " + seed + " step " + step;
        double scheduleShare = step >= 6_000 ? 0 : (step / phaseLength) % 2 == 0 ? 0.7 : 0.35;
        if (reference.isEmpty() || rng.nextDouble() < scheduleShare) {
          double time = queue.now() + (coarse ? rng.nextInt(6) * 0.5 : ReferenceEvent.delay(rng));
          int payload = rng.nextInt();
          ReferenceEvent e = new ReferenceEvent(time, sequence++, payload);
          reference.add(e);
          if (rng.nextDouble() < slotShare) {
            int slot = rng.nextInt(slotCount);
            queue.scheduleInSlot(slot, time, payload);
            lastInSlot[slot] = e;
          } else {
            queue.schedule(time, payload);
          }
        } else {
          ReferenceEvent expected = reference.poll();
          if (rng.nextBoolean()) {
            assertEquals(expected.time(), queue.nextTime(), where);
            assertTrue(queue.hasEventBefore(Math.nextUp(expected.time())), where);
            assertFalse(queue.hasEventBefore(expected.time()), where);
          }
          assertEquals(expected.payload(), queue.poll(), where);
          assertEquals(expected.time(), queue.now(), where);
          for (int s = 0; s < slotCount; s++) {
            if (lastInSlot[s] == expected) {
              lastInSlot[s] = null;
            }
          }
        }
        assertEquals(reference.size(), queue.size(), where);
        int s = rng.nextInt(slotCount);
        double pending = lastInSlot[s] == null ? Double.NaN : lastInSlot[s].time();
        assertEquals(pending, queue.pendingInSlot(s), where + " slot " + s);
      }
      assertTrue(queue.isEmpty());
      assertThrows(IllegalStateException.class, queue::poll);
    }
  }

  /**
   * Thousands of slots, as people's job ends: most written over right after their event is taken,
   * some left empty a while (the person idle), others filled first; machine passes in the heap.
   */
  @Test
  void peopleAndMachinesLeaveAsFromOneHeap() {
    int people = 5_000;
    SplittableRandom rng = new SplittableRandom(12);
    EventQueue queue = new EventQueue();
    queue.slots(people);
    PriorityQueue<ReferenceEvent> reference = ReferenceEvent.queue();
    long[] sequence = {0};
    BiConsumer<Integer, Double> inSlot = (p, time) -> {
      queue.scheduleInSlot(p, time, p);
      reference.add(new ReferenceEvent(time, sequence[0]++, p));
    };
    BiConsumer<Integer, Double> inHeap = (payload, time) -> {
      queue.schedule(time, payload);
      reference.add(new ReferenceEvent(time, sequence[0]++, payload));
    };
    int[] idle = new int[people];
    int idleCount = 0;
    for (int p = 0; p < people; p++) {
      inSlot.accept(p, (double) rng.nextInt(50));
    }
    for (int m = 1; m <= 500; m++) {
      inHeap.accept(-m, (double) rng.nextInt(50));
    }
    for (int step = 0; step < 200_000; step++) {
      ReferenceEvent expected = reference.poll();
      int taken = queue.poll();
      assertEquals(expected.payload(), taken, "step " + step);
      double now = queue.now();
      if (taken < 0) {
        inHeap.accept(taken, now + rng.nextInt(30)); // the machine's next pass
        continue;
      }
      if (idleCount > 0 && rng.nextInt(4) == 0) {
        int i = rng.nextInt(idleCount);
        int other = idle[i];
        idle[i] = idle[--idleCount];
        inSlot.accept(other, now + rng.nextInt(30)); // someone else starts before the person does
      }
      if (rng.nextInt(8) == 0) {
        idle[idleCount++] = taken;
      } else {
        inSlot.accept(taken, now + rng.nextInt(30));
      }
    }
    while (!reference.isEmpty()) {
      assertEquals(reference.poll().payload(), queue.poll());
    }
    assertTrue(queue.isEmpty());
  }

  @Test
  void renumberingAtTheCounterLimitKeepsTheOrderAcrossSlotsAndHeap() throws Exception {
    EventQueue queue = new EventQueue(4);
    queue.slots(10);
    PriorityQueue<ReferenceEvent> reference = ReferenceEvent.queue();
    long sequence = 0;
    for (int i = 0; i < 30; i++) {
      double time = 1 + i % 2;
      if (i % 3 == 0) {
        queue.scheduleInSlot(i % 10, time, i); // some slots twice: the older goes to the heap
      } else {
        queue.schedule(time, i);
      }
      reference.add(new ReferenceEvent(time, sequence++, i));
    }
    for (int i = 0; i < 5; i++) {
      assertEquals(reference.poll().payload(), queue.poll()); // the last one taken may be a slot's
    }
    Field counter = EventQueue.class.getDeclaredField("nextSequence");
    counter.setAccessible(true);
    counter.setLong(queue, Integer.MAX_VALUE - 3L);
    for (int i = 30; i < 80; i++) {
      double time = 1 + i % 3;
      if (i == 36) { // renumbered at i = 34: the tree must be in the new numbers before it changes
        for (int k = 0; k < 10; k++) {
          assertEquals(reference.poll().payload(), queue.poll());
        }
      }
      if (i % 2 == 0 && i > 36) {
        queue.scheduleInSlot(i % 10, time, i);
      } else {
        queue.schedule(time, i);
      }
      reference.add(new ReferenceEvent(time, sequence++, i));
    }
    while (!reference.isEmpty()) {
      assertEquals(reference.poll().payload(), queue.poll());
    }
    assertTrue(queue.isEmpty());
    assertTrue(counter.getLong(queue) < 100, "the counter was renumbered");
  }

  @Test
  void slotsAreMadeBeforeAnythingIsScheduledAndIndexesAreChecked() {
    EventQueue queue = new EventQueue();
    queue.slots(3);
    assertThrows(IndexOutOfBoundsException.class, () -> queue.scheduleInSlot(3, 1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> queue.scheduleInSlot(-1, 1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> queue.pendingInSlot(3));
    assertThrows(IllegalArgumentException.class, () -> queue.slots(-1));
    assertTrue(queue.isEmpty(), "a refused event is not scheduled");
    queue.scheduleInSlot(2, 4, 7);
    assertThrows(IllegalStateException.class, () -> queue.slots(5));
    assertEquals(4, queue.pendingInSlot(2));
    assertEquals(7, queue.poll());
    assertTrue(Double.isNaN(queue.pendingInSlot(2)), "a taken event is no longer pending");
    assertThrows(IllegalArgumentException.class, () -> queue.scheduleInSlot(2, 3.5, 0));
  }

  @Test
  void aClearedQueueEmptiesItsSlots() {
    EventQueue queue = new EventQueue();
    queue.slots(4);
    queue.scheduleInSlot(1, 3, 10);
    queue.schedule(2, 20);
    queue.scheduleInSlot(3, 1, 30);
    assertEquals(30, queue.poll());
    queue.clear();
    assertTrue(queue.isEmpty());
    assertTrue(Double.isNaN(queue.pendingInSlot(1)));
    queue.scheduleInSlot(1, 5, 11);
    queue.schedule(5, 21);
    assertEquals(11, queue.poll());
    assertEquals(21, queue.poll());
    assertTrue(queue.isEmpty());
  }
}
