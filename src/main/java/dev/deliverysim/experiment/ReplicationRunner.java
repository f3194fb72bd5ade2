package dev.deliverysim.experiment;

import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs replications on a fixed pool of threads and gathers the results by replication index, so
 * the outcome is the same for any thread count and any completion order.
 */
public final class ReplicationRunner {
  private final int threads;

  public ReplicationRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
    }
    this.threads = threads;
  }

  /** Replications {@code first … first + count − 1}; {@code progress} gets the number finished. */
  public List<ReplicationResult> run(
      SimulationModel model, long seed, int first, int count, IntConsumer progress) {
    if (count < 1 || first < 0) {
      throw new IllegalArgumentException("need at least one replication with index ≥ 0");
    }
    if (threads == 1 || count == 1) {
      List<ReplicationResult> results = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        results.add(replicate(model, seed, first + i));
        progress.accept(i + 1);
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), daemonThreads());
    try {
      AtomicInteger finished = new AtomicInteger();
      List<Future<ReplicationResult>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = first + i;
        futures.add(
            pool.submit(
                () -> {
                  ReplicationResult r = replicate(model, seed, index);
                  progress.accept(finished.incrementAndGet());
                  return r;
                }));
      }
      List<ReplicationResult> results = new ArrayList<>(count);
      for (Future<ReplicationResult> f : futures) {
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

  private static ReplicationResult replicate(SimulationModel model, long seed, int index) {
    try {
      return model.replicate(seed, index);
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
