package dev.deliverysim.model;

import java.util.List;

/**
 * One replication's trajectory, for the flow charts: snapshots at regular times of how many items
 * are in each state, how many have arrived and left so far, and a thinned sample of finished items
 * with their time in the system. Times in hours from the start of the replication (the warm-up
 * included, so a start-up or a learning dip shows).
 *
 * <p>Conservation holds at every snapshot: {@code arrived − done} equals the sum over states.
 *
 * @param item what flows through the states ("PR", "job")
 * @param completion what throughput over time counts ("feature", "job")
 * @param states the states in flow order, as the cumulative flow diagram stacks them; a stage
 *     usually has two, waiting for it and in it
 * @param times snapshot times
 * @param inState {@code [snapshot][state]}: items in each state at that time
 * @param arrived {@code [snapshot]}: items that had arrived by then
 * @param done {@code [snapshot]}: items that had left by then (finished or turned away)
 * @param completed {@code [snapshot]}: completions (features delivered, jobs done) by then
 * @param finished rows of {@code {finished at, time in system, cycle time}} for a thinned sample of
 *     completions; the cycle time counts from when work on the item started (a feature's first task
 *     taken up), the time in the system from when it arrived (was requested)
 * @param backlog whether every completion was requested at time 0 (a backlog): its time in the
 *     system is then the clock, and its cycle time is what tells how long work takes
 * @param wipAges rows of {@code {state, age}} at the last snapshot: each item in progress then (work
 *     on it started, not finished), the index of its state in {@code states}, and how long ago its
 *     work started; empty when the model does not record them
 */
public record Timeline(
    String item,
    String completion,
    List<State> states,
    double[] times,
    double[][] inState,
    double[] arrived,
    double[] done,
    double[] completed,
    double[][] finished,
    boolean backlog,
    double[][] wipAges) {

  public Timeline {
    states = List.copyOf(states);
    int n = times.length;
    if (inState.length != n || arrived.length != n || done.length != n || completed.length != n) {
      throw new IllegalArgumentException("every column needs one value per snapshot time");
    }
  }

  /**
   * A place an item can be: {@code name} as charts label it, the {@code stage} it belongs to, and
   * whether items there are {@code waiting} (in a queue) rather than being worked on.
   */
  public record State(String name, String stage, boolean waiting) {
    public static State queue(String stage) {
      return new State(stage + " queue", stage, true);
    }

    public static State active(String name, String stage) {
      return new State(name, stage, false);
    }
  }

  public int snapshots() {
    return times.length;
  }
}
