package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The loop behaves as a plain heap would with the marks scheduled before any model event — what the
 * models' own loops did for snapshots — taking everything out by (time, insertion number). Random
 * models, with ties made common by whole and zero delays, are run both ways, for a generated seed
 * each, and must write the same journal, count and final clock.
 */
class EventLoopProperties {
  private static final int MARK = -1;

  private record Pending(double time, long sequence, int payload, String mark) {}

  /** One generated case: its bounds, snapshots, first events and when the model stops the run. */
  private record Case(long seed, double warmup, double horizon, boolean drain, double[] snapshots,
      double[] firstTimes, int stopAfter) {}

  @Test
  void runsAsAHeapWithTheMarksScheduledFirst() {
    for (long seed = 0; seed < 300; seed++) {
      Case c = generate(seed);
      Outcome expected = reference(c);
      Outcome actual = engine(c, 0);
      assertSameJournal(expected.journal, actual.journal, "seed " + seed);
      assertEquals(expected.counted, actual.counted, "seed " + seed);
      assertEquals(expected.now, actual.now, "seed " + seed);
    }
  }

  /**
   * The same with two events in three scheduled in slots (few of them, so a slot is often scheduled
   * again while its event is pending): marks, stops, draining and the count are as with the heap.
   */
  @Test
  void runsTheSameWithSlots() {
    for (long seed = 0; seed < 300; seed++) {
      Case c = generate(seed);
      Outcome expected = reference(c);
      Outcome actual = engine(c, 1 + (int) (seed % 9));
      assertSameJournal(expected.journal, actual.journal, "seed " + seed);
      assertEquals(expected.counted, actual.counted, "seed " + seed);
      assertEquals(expected.now, actual.now, "seed " + seed);
    }
  }

  /** Names the first entry that differs, rather than printing two journals of thousands. */
  private static void assertSameJournal(List<String> expected, List<String> actual, String where) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      assertEquals(expected.get(i), actual.get(i), where + ", entry " + i);
    }
    assertEquals(expected.size(), actual.size(), where + ": journal length");
  }

  private static Case generate(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    boolean bounded = rng.nextInt(4) > 0;
    double horizon = bounded ? 1 + rng.nextInt(30) : Double.POSITIVE_INFINITY;
    double warmup = rng.nextBoolean() ? 0 : rng.nextInt(bounded ? (int) horizon : 20);
    double[] snapshots = new double[bounded ? rng.nextInt(8) : 0];
    for (int k = 0; k < snapshots.length; k++) {
      snapshots[k] = rng.nextInt((int) horizon + 1);
    }
    double[] first = new double[1 + rng.nextInt(4)];
    for (int i = 0; i < first.length; i++) {
      first[i] = delay(rng);
    }
    int stopAfter = rng.nextInt(3) == 0 ? rng.nextInt(200) : Integer.MAX_VALUE;
    return new Case(seed, warmup, horizon, bounded && rng.nextBoolean(), snapshots, first, stopAfter);
  }

  /** What the model does, the same in both runs: a journal, successors, a stop, a stale event. */
  private static final class Model implements EventHandler {
    final Case c;
    final Scheduler scheduler;
    final List<String> journal = new ArrayList<>();
    int created;
    int fired;
    boolean stop;

    Model(Case c, Scheduler scheduler) {
      this.c = c;
      this.scheduler = scheduler;
    }

    void start() {
      for (double t : c.firstTimes) {
        scheduler.schedule(t, created++);
      }
    }

    @Override
    public void fire(int payload) {
      journal.add("fire " + payload + " @" + scheduler.now());
      fired++;
      SplittableRandom rng = new SplittableRandom(c.seed * 1_000_003 + payload);
      int successors = created < 2_000 ? rng.nextInt(3) : 0;
      for (int i = 0; i < successors; i++) {
        scheduler.schedule(scheduler.now() + delay(rng), created++);
      }
      stop = fired == c.stopAfter;
    }

    /** Every seventh event turns out stale. */
    boolean counted(int payload) {
      return payload % 7 != 0;
    }

    @Override
    public void warmupEnded(double now) {
      journal.add("warm-up @" + now);
    }

    @Override
    public void snapshot(double now) {
      journal.add("snapshot @" + now);
    }

    @Override
    public void horizonReached(double now) {
      journal.add("horizon @" + now);
    }

    @Override
    public long inSystem() {
      return 0;
    }
  }

  private interface Scheduler {
    double now();

    void schedule(double time, int payload);
  }

  private record Outcome(List<String> journal, long counted, double now) {}

  /** The engine's run; with {@code slots} > 0, payloads not divisible by 3 go to slot payload % slots. */
  private static Outcome engine(Case c, int slots) {
    EventLoop loop = new EventLoop(1);
    loop.slots(slots);
    Model model = new Model(c, new Scheduler() {
      public double now() {
        return loop.now();
      }

      public void schedule(double time, int payload) {
        if (slots > 0 && payload % 3 != 0) {
          loop.scheduleInSlot(payload % slots, time, payload);
        } else {
          loop.schedule(time, payload);
        }
      }
    });
    for (double t : c.snapshots) {
      loop.snapshotAt(t);
    }
    model.start();
    loop.run(new EventHandler() {
      public void fire(int payload) {
        model.fire(payload);
        if (!model.counted(payload)) {
          loop.uncountCurrent();
        }
        if (model.stop) {
          loop.stop();
        }
      }

      public void warmupEnded(double now) {
        model.warmupEnded(now);
      }

      public void snapshot(double now) {
        model.snapshot(now);
      }

      public void horizonReached(double now) {
        model.horizonReached(now);
      }

      @Override
      public long inSystem() {
        return 0;
      }
    }, c.warmup, c.horizon, c.drain);
    return new Outcome(model.journal, loop.fired(), loop.now());
  }

  /** The loops the models had: marks as reserved events, scheduled before anything else. */
  private static Outcome reference(Case c) {
    PriorityQueue<Pending> heap = new PriorityQueue<>(
        Comparator.comparingDouble(Pending::time).thenComparingLong(Pending::sequence));
    long[] sequence = {0};
    double[] now = {0};
    Model model = new Model(c, new Scheduler() {
      public double now() {
        return now[0];
      }

      public void schedule(double time, int payload) {
        heap.add(new Pending(time, sequence[0]++, payload, null));
      }
    });
    double[] snapshots = c.snapshots.clone();
    Arrays.sort(snapshots);
    for (double t : snapshots) {
      heap.add(new Pending(t, sequence[0]++, MARK, "snapshot"));
    }
    if (c.warmup > 0) {
      heap.add(new Pending(c.warmup, sequence[0]++, MARK, "warm-up"));
    }
    if (Double.isFinite(c.horizon)) {
      heap.add(new Pending(c.horizon, sequence[0]++, MARK, "horizon"));
    }
    model.start();
    long counted = 0;
    while (!heap.isEmpty()) {
      Pending e = heap.poll();
      now[0] = e.time();
      if (e.mark() == null) {
        model.fire(e.payload());
        counted += model.counted(e.payload()) ? 1 : 0;
        if (model.stop) {
          break;
        }
      } else if (e.mark().equals("snapshot")) {
        model.snapshot(now[0]);
      } else if (e.mark().equals("warm-up")) {
        model.warmupEnded(now[0]);
      } else {
        model.horizonReached(now[0]);
        if (!c.drain) {
          break;
        }
      }
    }
    return new Outcome(model.journal, counted, now[0]);
  }

  /** Zero and whole-number delays tie with pending events and marks; continuous ones rarely do. */
  private static double delay(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.25) {
      return 0;
    }
    if (u < 0.6) {
      return rng.nextInt(4);
    }
    return -Math.log(1 - rng.nextDouble()) * 2;
  }
}
