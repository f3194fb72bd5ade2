package dev.deliverysim.experiment;

/** A replication crashed; carries what is needed to replay exactly that one. */
public final class ReplicationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int replication;
  private final long seed;

  public ReplicationFailedException(int replication, long seed, Throwable cause) {
    super(
        "replication "
            + replication
            + " (master seed "
            + seed
            + ") failed: "
            + cause
            + "; replay it alone with --seed "
            + seed
            + " --only-replication "
            + replication,
        cause);
    this.replication = replication;
    this.seed = seed;
  }

  public int replication() {
    return replication;
  }

  public long seed() {
    return seed;
  }
}
