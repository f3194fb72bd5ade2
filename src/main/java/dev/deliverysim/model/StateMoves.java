package dev.deliverysim.model;

/**
 * Every move of every item of one replication between the states of its {@link Timeline}, in the
 * order they happened: the simulation's own trace, for the workshop page's replay of a delivery
 * organisation. Row i says that at {@code times[i]} (hours) item {@code items[i]} — numbered from 0
 * in the order items appeared, so a recycled id is a new item — entered state {@code states[i]} (an
 * index of the timeline's states: waiting at a stage, worked on there, …), or, with −1, left
 * (deployed).
 *
 * @param until the time up to which every move is recorded: the end of the run, or earlier when
 *     the trace reached its size bound and stopped
 */
public record StateMoves(double[] times, int[] items, int[] states, double until) {
  /** {@link #states} value of an item that left. */
  public static final int LEFT = -1;

  public StateMoves {
    if (items.length != times.length || states.length != times.length) {
      throw new IllegalArgumentException("one item and one state per move");
    }
  }

  public int size() {
    return times.length;
  }

  /**
   * For each snapshot time, how many moves came before it: a snapshot sees the state before the
   * events of its own instant, so the moves at its time come after it.
   */
  public int[] before(double[] snapshots) {
    return Rows.before(times, snapshots);
  }
}
