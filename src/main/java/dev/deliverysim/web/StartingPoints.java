package dev.deliverysim.web;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.CancelledException;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.study.WorkshopStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Each scenario's starting point, run once and shared by every client. It runs on a thread of its
 * own, so that a client waiting for it can be told how far it got and can stop waiting (a
 * superseded or cancelled request answers at once) while the start carries on for the others: it
 * is needed by every answer on its scenario. {@link #warmUp} runs every scenario's start in the
 * background, one after another, so the room's first lever move need not wait; a client who asks
 * for a start the warm-up has not reached yet has it run at once, not after the others.
 *
 * <p>Work stays bounded: each scenario's start runs once (a start the scenario refuses fails the
 * same way for every request), so at most one start per scenario given to {@code serve} runs
 * beside the answers.
 */
final class StartingPoints implements AutoCloseable {
  private final List<LoadedScenario> scenarios;
  private final int replications;
  private final int threads;
  private final Cancellation closing = new Cancellation();
  private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "workshop-start");
    t.setDaemon(true);
    return t;
  });
  private final List<CompletableFuture<WorkshopStudy.Start>> starts = new ArrayList<>();
  /** Whether each start was taken up by a thread: it runs once. */
  private final AtomicIntegerArray begun;
  /** Replications of each scenario's start finished so far. */
  private final AtomicIntegerArray done;

  StartingPoints(List<LoadedScenario> scenarios, int replications, int threads) {
    this.scenarios = List.copyOf(scenarios);
    this.replications = replications;
    this.threads = threads;
    this.done = new AtomicIntegerArray(scenarios.size());
    this.begun = new AtomicIntegerArray(scenarios.size());
    for (int id = 0; id < scenarios.size(); id++) {
      starts.add(new CompletableFuture<>());
    }
  }

  /** Runs every scenario's start in the background, one after another in the order given. */
  void warmUp() {
    runner.execute(() -> {
      for (int id = 0; id < scenarios.size() && !closing.isCancelled(); id++) {
        run(id);
      }
    });
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
    return starts.get(id).isDone();
  }

  /**
   * Scenario {@code id}'s start, run on first use; waits for it until it is ready or
   * {@code waiting} is cancelled.
   *
   * @throws CancelledException when {@code waiting} is cancelled first (the start carries on)
   * @throws ScenarioException when the scenario, as loaded, does not run
   */
  WorkshopStudy.Start await(int id, Cancellation waiting) throws ScenarioException, InterruptedException {
    CompletableFuture<WorkshopStudy.Start> start = starts.get(id);
    if (begun.get(id) == 0) {
      runner.execute(() -> run(id)); // not reached by the warm-up yet: now, on a thread of its own
    }
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
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** Runs scenario {@code id}'s start here, unless another thread took it up first. */
  private void run(int id) {
    if (!begun.compareAndSet(id, 0, 1)) {
      return;
    }
    try {
      starts.get(id).complete(WorkshopStudy.start(scenarios.get(id), replications, threads, closing,
          finished -> done.set(id, finished)));
    } catch (Throwable e) { // any failure, an Error too, must reach the waiting clients, or they would wait for good
      starts.get(id).completeExceptionally(e);
    }
  }

  /** Stops a start under way (the server is closing) and the thread that runs them. */
  @Override
  public void close() {
    closing.cancel();
    runner.shutdownNow();
  }
}
