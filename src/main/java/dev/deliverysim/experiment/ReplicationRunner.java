package dev.deliverysim.experiment;

import dev.deliverysim.engine.RunWatch;
import dev.deliverysim.model.Replay;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs replications on a fixed pool of threads and gathers the results by replication index, so
 * the outcome is the same for any thread count and any completion order.
 */
public final class ReplicationRunner {
  private final int threads;
  private final Cancellation cancellation;

  public ReplicationRunner(int threads) {
    this(threads, Cancellation.none());
  }

  /** A runner that checks {@code cancellation} before each replication starts. */
  public ReplicationRunner(int threads, Cancellation cancellation) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
    }
    this.threads = threads;
    this.cancellation = cancellation;
  }

  /** Replications {@code first … first + count − 1}; {@code progress} gets the number finished. */
  public List<ReplicationResult> run(
      SimulationModel model, long seed, int first, int count, IntConsumer progress) {
    return run(model, seed, first, count, new Watching() {
      private final AtomicInteger finished = new AtomicInteger();

      @Override
      public RunWatch started(int replication) {
        return RunWatch.NONE;
      }

      @Override
      public void finished(int replication) {
        progress.accept(finished.incrementAndGet());
      }
    });
  }

  /** Replications {@code first … first + count − 1}, each watched while it runs by {@code watching}. */
  public List<ReplicationResult> run(SimulationModel model, long seed, int first, int count, Watching watching) {
    return map(first, count, index -> watched(index, watching,
        watch -> replicate(seed, index, (s, i) -> model.replicate(s, i, watch))));
  }

  /**
   * The timelines of replications {@code first … first + count − 1}, snapshots every
   * {@code intervalHours}: the same trajectories {@link #run} gives, recorded.
   */
  public List<Timeline> timelines(
      SimulationModel model, long seed, int first, int count, double intervalHours) {
    return timelines(model, seed, first, count, intervalHours, Watching.NONE);
  }

  /** {@link #timelines(SimulationModel, long, int, int, double)}, each watched by {@code watching}. */
  public List<Timeline> timelines(SimulationModel model, long seed, int first, int count, double intervalHours,
      Watching watching) {
    return map(first, count, index -> watched(index, watching,
        watch -> replicate(seed, index, (s, i) -> model.timeline(s, i, intervalHours, watch))));
  }

  /**
   * One replication under {@code watching}'s watch, which also stops it mid-way once cancelled
   * (the half-run replication is thrown away, as every result of a cancelled study is).
   */
  private <T> T watched(int index, Watching watching, java.util.function.Function<RunWatch, T> work) {
    RunWatch watch = watching.started(index);
    try {
      return work.apply((now, inSystem) -> {
        cancellation.check();
        watch.look(now, inSystem);
      });
    } finally {
      watching.finished(index);
    }
  }

  /**
   * Any other work on replications {@code first … first + count − 1} (a traced replication, say),
   * in parallel, gathered in index order, a failure naming its replication and seed.
   */
  public <T> List<T> each(long seed, int first, int count, java.util.function.BiFunction<Long, Integer, T> work) {
    return map(first, count, index -> replicate(seed, index, work::apply));
  }

  /**
   * Replication {@code replication} recorded for a replay: its timeline and, where the model traces
   * them, its items' moves (and people). A cancellation stops it mid-way, as it stops a run.
   */
  public Replay replay(SimulationModel model, long seed, int replication, double intervalHours) {
    return map(replication, 1, index -> watched(index, Watching.NONE,
        watch -> replicate(seed, index, (s, i) -> model.replay(s, i, intervalHours, watch)))).get(0);
  }

  /** {@code work} on each index, in parallel, gathered in index order. */
  private <T> List<T> map(int first, int count, IntFunction<T> work) {
    if (count < 1 || first < 0) {
      throw new IllegalArgumentException("need at least one replication with index ≥ 0");
    }
    if (threads == 1 || count == 1) {
      List<T> results = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        cancellation.check();
        results.add(work.apply(first + i));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), daemonThreads());
    try {
      List<Future<T>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = first + i;
        futures.add(
            pool.submit(
                () -> {
                  cancellation.check(); // replications not yet started are skipped at once
                  return work.apply(index);
                }));
      }
      List<T> results = new ArrayList<>(count);
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One replication's work, with a failure naming the replication and its seed. */
  private interface Replicate<T> {
    T apply(long seed, int index);
  }

  private static <T> T replicate(long seed, int index, Replicate<T> work) {
    try {
      return work.apply(seed, index);
    } catch (CancelledException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new ReplicationFailedException(index, seed, e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "replication-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
