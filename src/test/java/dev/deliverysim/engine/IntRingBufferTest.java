package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks that the int ring buffer stays first-in first-out when its head wraps and when it grows. */
class IntRingBufferTest {

  @Test
  void keepsOrderWhenTheHeadWrapsAroundAndThenGrows() {
    IntRingBuffer buffer = new IntRingBuffer(4);
    for (int i = 0; i < 3; i++) {
      buffer.addLast(i);
    }
    assertEquals(0, buffer.removeFirst());
    assertEquals(1, buffer.removeFirst());
    // The head now sits near the end of the array: these wrap, then force a growth mid-wrap.
    for (int i = 3; i < 12; i++) {
      buffer.addLast(i);
    }
    assertEquals(10, buffer.size());
    for (int i = 2; i < 12; i++) {
      assertEquals(i, buffer.removeFirst());
    }
    assertTrue(buffer.isEmpty());
  }

  @Test
  void randomAddsAndRemovesMatchAnArrayDeque() {
    for (int seed = 0; seed < 100; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      IntRingBuffer buffer = new IntRingBuffer(1 + rng.nextInt(5));
      ArrayDeque<Integer> reference = new ArrayDeque<>();
      double addShare = 0.4 + 0.3 * rng.nextDouble();
      for (int step = 0; step < 3_000; step++) {
        if (reference.isEmpty() || rng.nextDouble() < addShare) {
          int value = rng.nextInt();
          buffer.addLast(value);
          reference.addLast(value);
        } else {
          assertEquals(reference.removeFirst(), buffer.removeFirst(), "seed " + seed);
        }
        assertEquals(reference.size(), buffer.size());
      }
    }
  }

  @Test
  void removingFromAnEmptyBufferFails() {
    IntRingBuffer buffer = new IntRingBuffer();
    assertThrows(IllegalStateException.class, buffer::removeFirst);
    buffer.addLast(1);
    buffer.removeFirst();
    assertThrows(IllegalStateException.class, buffer::removeFirst);
  }

  @Test
  void clearEmptiesAndTheBufferIsReusable() {
    IntRingBuffer buffer = new IntRingBuffer(2);
    for (int i = 0; i < 5; i++) {
      buffer.addLast(i);
    }
    buffer.clear();
    assertTrue(buffer.isEmpty());
    buffer.addLast(42);
    buffer.addLast(43);
    assertEquals(42, buffer.removeFirst());
    assertEquals(43, buffer.removeFirst());
  }
}
