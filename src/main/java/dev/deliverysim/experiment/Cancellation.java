package dev.deliverysim.experiment;

/**
 * A token that asks a long computation to stop: whoever started it calls {@link #cancel()} (a
 * web request closed, Ctrl-C), and the computation checks it between replications and, through
 * each replication's {@link dev.deliverysim.engine.RunWatch}, every few thousand events inside one,
 * and throws {@link CancelledException}. A replication stopped mid-way is thrown away whole, with
 * every other result of the cancelled computation.
 * Thread-safe; cancelling is one-way.
 */
public final class Cancellation {
  private volatile boolean cancelled;

  /** A token nobody cancels: for callers that never stop early. */
  public static Cancellation none() {
    return new Cancellation();
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Throws {@link CancelledException} once cancelled; called between units of work. */
  public void check() {
    if (cancelled) {
      throw new CancelledException();
    }
  }
}
