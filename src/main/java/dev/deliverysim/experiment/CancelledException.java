package dev.deliverysim.experiment;

/**
 * Thrown when a {@link Cancellation} stopped the work: not a failure, so it names no replication.
 * A study that throws it has written nothing.
 */
public final class CancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CancelledException() {
    super("cancelled");
  }
}
