package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The event loop's rules, one example each: order, marks, counting, stopping and draining. */
class EventLoopTest {
  private static final double NO_WARMUP = 0;
  private static final double NO_HORIZON = Double.POSITIVE_INFINITY;

  @Test
  void tiesLeaveInInsertionOrder() {
    EventLoop loop = new EventLoop(2);
    Journal journal = new Journal(loop).onFire(p -> {
      if (p == 1) {
        loop.schedule(3, 4); // scheduled during the run, at a time others already hold
      }
    });
    loop.schedule(3, 3);
    loop.schedule(1, 1);
    loop.schedule(3, 2);
    loop.run(journal, NO_WARMUP, NO_HORIZON, false);
    assertEquals(List.of("fire 1 @1.0", "fire 3 @3.0", "fire 2 @3.0", "fire 4 @3.0"), journal.entries);
  }

  @Test
  void warmupEndsBeforeModelEventsAtItsTimeWhenEverTheyWereScheduled() {
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop).onFire(p -> {
      if (p == 1) {
        loop.schedule(5, 3);
      }
    });
    loop.schedule(5, 2); // before the run, so before the loop knew of the warm-up
    loop.schedule(1, 1);
    loop.run(journal, 5, 10, false);
    assertEquals(List.of("fire 1 @1.0", "warm-up @5.0", "fire 2 @5.0", "fire 3 @5.0", "horizon @10.0"),
        journal.entries);
  }

  @Test
  void snapshotsAreNotCountedAndChangeNothing() {
    EventLoop plain = new EventLoop();
    EventLoop watched = new EventLoop();
    Journal a = chain(plain);
    Journal b = chain(watched);
    for (double t = 0.5; t <= 10; t += 0.5) {
      watched.snapshotAt(t);
    }
    plain.run(a, 2, 10, false);
    watched.run(b, 2, 10, false);
    assertEquals(20, b.entries.stream().filter(e -> e.startsWith("snapshot")).count());
    assertEquals(a.fired(), b.fired());
    assertEquals(a.fired().size(), watched.fired());
    assertEquals(plain.fired(), watched.fired());
  }

  @Test
  void marksAtOneTimeComeSnapshotThenWarmupThenHorizon() {
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop);
    loop.snapshotAt(8);
    loop.snapshotAt(4);
    loop.snapshotAt(8);
    loop.schedule(4, 1);
    loop.schedule(8, 2);
    loop.run(journal, 4, 8, false);
    assertEquals(List.of("snapshot @4.0", "warm-up @4.0", "fire 1 @4.0", "snapshot @8.0", "snapshot @8.0",
        "horizon @8.0"), journal.entries);
  }

  @Test
  void horizonStopsTheRunBeforeEventsAtOrAfterIt() {
    EventLoop loop = new EventLoop();
    Journal journal = chain(loop); // an endless process: one event per hour
    loop.run(journal, NO_WARMUP, 3.0, false);
    assertEquals(List.of("fire 0 @0.0", "fire 1 @1.0", "fire 2 @2.0", "horizon @3.0"), journal.entries);
    assertEquals(3.0, loop.now());
    assertEquals(3, loop.fired());
  }

  @Test
  void marksStillComeWhenNoEventIsLeft() {
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop);
    loop.snapshotAt(6);
    loop.schedule(1, 1);
    loop.run(journal, 2, 7, false);
    assertEquals(List.of("fire 1 @1.0", "warm-up @2.0", "snapshot @6.0", "horizon @7.0"), journal.entries);
    assertEquals(7.0, loop.now());
  }

  @Test
  void drainingFiresWhatIsPendingAfterTheHorizonThenEnds() {
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop).onFire(p -> {
      if (p < 3) {
        loop.schedule(loop.now() + 2, p + 1); // a job's successor, past the horizon
      }
    });
    loop.schedule(1, 1);
    loop.run(journal, NO_WARMUP, 4, true);
    assertEquals(List.of("fire 1 @1.0", "fire 2 @3.0", "horizon @4.0", "fire 3 @5.0"), journal.entries);
    assertEquals(5.0, loop.now());
    assertEquals(3, loop.fired());
  }

  @Test
  void withoutAHorizonTheRunEndsWhenNothingIsPending() {
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop);
    loop.schedule(2, 1);
    loop.schedule(1e9, 2);
    loop.run(journal, 1, NO_HORIZON, false);
    assertEquals(List.of("warm-up @1.0", "fire 1 @2.0", "fire 2 @1.0E9"), journal.entries);
  }

  @Test
  void stopEndsTheRunAfterTheCurrentEventAndNoMarkFollows() {
    EventLoop loop = new EventLoop();
    Journal journal = chain(loop).onFire(p -> {
      if (p == 4) {
        loop.stop();
      } else {
        loop.schedule(loop.now() + 1, p + 1);
      }
    });
    loop.snapshotAt(9);
    loop.run(journal, NO_WARMUP, 10, false);
    assertEquals(5, loop.fired()); // the event that stopped the run counts
    assertEquals("fire 4 @4.0", journal.entries.get(journal.entries.size() - 1));
    assertEquals(4.0, loop.now());
  }

  @Test
  void anUncountedEventIsFiredButLeftOutOfTheCount() {
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop).onFire(p -> {
      if (p % 2 == 0) {
        loop.uncountCurrent();
      }
    });
    for (int p = 0; p < 5; p++) {
      loop.schedule(p, p);
    }
    loop.run(journal, NO_WARMUP, NO_HORIZON, false);
    assertEquals(5, journal.fired().size());
    assertEquals(2, loop.fired());
  }

  @Test
  void everyIntIsTheModelsToUseAsAPayload() {
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop);
    loop.schedule(1, Integer.MIN_VALUE);
    loop.schedule(1, Integer.MIN_VALUE + 1);
    loop.schedule(1, Integer.MIN_VALUE + 2);
    loop.run(journal, NO_WARMUP, 2, false);
    assertEquals(3, loop.fired());
  }

  @Test
  void rejectsWhatCannotBeRun() {
    assertThrows(IllegalArgumentException.class, () -> new EventLoop().snapshotAt(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new EventLoop().snapshotAt(NO_HORIZON));
    EventLoop late = new EventLoop();
    late.snapshotAt(11);
    assertThrows(IllegalArgumentException.class, () -> late.run(new Journal(late), NO_WARMUP, 10, false));
    EventLoop loop = new EventLoop();
    Journal journal = new Journal(loop);
    assertThrows(IllegalArgumentException.class, () -> loop.run(journal, 10, 10, false));
    assertThrows(IllegalArgumentException.class, () -> loop.run(journal, -1, 10, false));
    assertThrows(IllegalArgumentException.class, () -> loop.run(journal, NO_WARMUP, NO_HORIZON, true));
    loop.run(journal, NO_WARMUP, 10, false);
    assertThrows(IllegalStateException.class, () -> loop.run(journal, NO_WARMUP, 10, false));
    assertThrows(IllegalStateException.class, () -> loop.snapshotAt(1));
  }

  /**
   * A process that fires once an hour from time 0 on, payloads 0, 1, 2, … — for 1,000 hours, so
   * that a loop that ignores its horizon fails the test instead of running out of memory.
   */
  private static Journal chain(EventLoop loop) {
    loop.schedule(0, 0);
    return new Journal(loop).onFire(p -> {
      if (p < 1_000) {
        loop.schedule(loop.now() + 1, p + 1);
      }
    });
  }
}
