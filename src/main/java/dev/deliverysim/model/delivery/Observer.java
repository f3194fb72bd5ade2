package dev.deliverysim.model.delivery;

/**
 * Sees every job start and end, every PR joining a queue, every merge and every deployment, as
 * they happen: for tests of the model's invariants, the history a replication exports
 * ({@link HistoryTrace}) and the workshop page's replay ({@link ReplayTrace}). The default
 * observes nothing (the calls cost nothing then: an empty method the JIT inlines away); an
 * observer draws no random number, so it changes no result.
 *
 * <p>A PR's id ({@code task} below) names it only until it is deployed: then a later PR may take the
 * id, as a delivered feature's number goes to a later feature and a restored incident's id
 * ({@link Activity#INCIDENTS} jobs) to a later incident ({@link TaskTable}). An observer that
 * keeps something about a PR beyond its deployment keys it by {@link TaskTable#serial}, about a
 * feature beyond its delivery by {@link WorkIntake#featureSerial}.
 */
interface Observer {
  Observer NONE = new Observer() {};

  /** {@link #waiting}'s place for a PR that arrived under sprints and waits for a planning to commit it. */
  int UNCOMMITTED = -1;

  /** Person {@code person} starts {@code activity} on {@code task} (its author is known by then). */
  default void started(double time, int person, Activity activity, int task, int author) {}

  default void finished(double time, int person, Activity activity, int task) {}

  /** Person {@code person} drops {@code activity} on {@code task} for an incident or a review, to take it up later. */
  default void interrupted(double time, int person, Activity activity, int task) {}

  /** Person {@code person} takes up the job they dropped. */
  default void resumed(double time, int person, Activity activity, int task) {}

  /**
   * The PR joins a queue: of stage {@code stage} (an index of {@link DeliveryDef#stages()}), or,
   * with sprints, {@link #UNCOMMITTED}. It stays there until a job or a pass on it starts.
   */
  default void waiting(double time, int task, int stage) {}

  /** A pass of the PR through gate stage {@code stage} starts on a machine or through a pure delay: nobody is busy with it. */
  default void passing(double time, int task, int stage) {}

  /** The PR is merged: approved and through every gate (deployed now, or with the next release train). */
  default void merged(double time, int task) {}

  /** The task's PR passed every gate; {@code featureDone} when it was its feature's last task. */
  default void deployed(double time, int task, int feature, boolean featureDone) {}
}
