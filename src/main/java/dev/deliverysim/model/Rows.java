package dev.deliverysim.model;

/** What the traces of a replay share: rows in time order, cut at the snapshots. */
final class Rows {
  private Rows() {}

  /** For each snapshot time, the rows strictly before it ({@code times} ascending). */
  static int[] before(double[] times, double[] snapshots) {
    int[] before = new int[snapshots.length];
    int next = 0;
    for (int k = 0; k < snapshots.length; k++) {
      while (next < times.length && times[next] < snapshots[k]) {
        next++;
      }
      before[k] = next;
    }
    return before;
  }
}
