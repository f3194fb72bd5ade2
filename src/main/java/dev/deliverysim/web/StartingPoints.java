package dev.deliverysim.web;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.CancelledException;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.study.WorkshopStudy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Each scenario's starting point, run once and shared by every client. It runs on a thread of its
 * own, one start at a time, so that a client waiting for it can be told how far it got and can stop
 * waiting (a superseded or cancelled request answers at once) while the start carries on for the
 * others: it is needed by every answer on its scenario. {@link #warmUp} starts every scenario's
 * start in the background, so the room's first lever move need not wait for it.
 *
 * <p>Work stays bounded: at most one start runs at a time beside the answers, and each scenario's
 * start runs once (a start the scenario refuses fails the same way for every request).
 */
final class StartingPoints implements AutoCloseable {
  private final List<LoadedScenario> scenarios;
  private final int replications;
  private final int threads;
  private final Cancellation closing = new Cancellation();
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "workshop-start");
    t.setDaemon(true);
    return t;
  });
  private final Map<Integer, CompletableFuture<WorkshopStudy.Start>> starts = new ConcurrentHashMap<>();
  /** Replications of each scenario's start finished so far. */
  private final AtomicIntegerArray done;

  StartingPoints(List<LoadedScenario> scenarios, int replications, int threads) {
    this.scenarios = List.copyOf(scenarios);
    this.replications = replications;
    this.threads = threads;
    this.done = new AtomicIntegerArray(scenarios.size());
  }

  /** Begins every scenario's start, in the order given, without waiting for any. */
  void warmUp() {
    for (int id = 0; id < scenarios.size(); id++) {
      start(id);
    }
  }

  /** Replications the start of scenario {@code id} runs. */
  int total(int id) {
    return Math.min(scenarios.get(id).scenario().replications(), replications);
  }

  /** Replications of the start of scenario {@code id} finished so far. */
  int done(int id) {
    return done.get(id);
  }

  /** The start has been run (or has failed): asking for it returns at once. */
  boolean isReady(int id) {
    CompletableFuture<WorkshopStudy.Start> start = starts.get(id);
    return start != null && start.isDone();
  }

  /**
   * Scenario {@code id}'s start, run on first use; waits for it until it is ready or
   * {@code waiting} is cancelled.
   *
   * @throws CancelledException when {@code waiting} is cancelled first (the start carries on)
   * @throws ScenarioException when the scenario, as loaded, does not run
   */
  WorkshopStudy.Start await(int id, Cancellation waiting) throws ScenarioException, InterruptedException {
    CompletableFuture<WorkshopStudy.Start> start = start(id);
    while (true) {
      waiting.check();
      try {
        return start.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // not yet: look at the cancellation again
      } catch (ExecutionException e) {
        if (e.getCause() instanceof ScenarioException refused) {
          throw refused;
        }
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private CompletableFuture<WorkshopStudy.Start> start(int id) {
    return starts.computeIfAbsent(id, key -> {
      CompletableFuture<WorkshopStudy.Start> start = new CompletableFuture<>();
      runner.execute(() -> {
        try {
          start.complete(WorkshopStudy.start(scenarios.get(key), replications, threads, closing,
              finished -> done.set(key, finished)));
        } catch (ScenarioException | RuntimeException e) {
          start.completeExceptionally(e);
        }
      });
      return start;
    });
  }

  /** Stops a start under way (the server is closing) and the thread that runs them. */
  @Override
  public void close() {
    closing.cancel();
    runner.shutdownNow();
  }
}
