package dev.deliverysim.model.delivery;

/**
 * Sees every job start and end, every merge and every deployment, as they happen: for tests of the
 * model's invariants and for the history a replication exports ({@link HistoryTrace}). The
 * default observes nothing; an observer draws no random number, so it changes no result.
 *
 * <p>A PR's id ({@code task} below) names it only until it is deployed: then a later PR may take the
 * id, as a delivered feature's number goes to a later feature and a restored incident's id
 * ({@link Activity#INCIDENTS} jobs) to a later incident ({@link TaskTable}). An observer that
 * keeps something about a PR beyond its deployment keys it by {@link TaskTable#serial}, about a
 * feature beyond its delivery by {@link WorkIntake#featureSerial}.
 */
interface Observer {
  Observer NONE = new Observer() {};

  /** Person {@code person} starts {@code activity} on {@code task} (its author is known by then). */
  default void started(double time, int person, Activity activity, int task, int author) {}

  default void finished(double time, int person, Activity activity, int task) {}

  /** Person {@code person} drops {@code activity} on {@code task} for an incident, to take it up later. */
  default void interrupted(double time, int person, Activity activity, int task) {}

  /** Person {@code person} takes up the job they dropped for an incident. */
  default void resumed(double time, int person, Activity activity, int task) {}

  /** The PR is merged: approved and through every gate (deployed now, or with the next release train). */
  default void merged(double time, int task) {}

  /** The task's PR passed every gate; {@code featureDone} when it was its feature's last task. */
  default void deployed(double time, int task, int feature, boolean featureDone) {}
}
