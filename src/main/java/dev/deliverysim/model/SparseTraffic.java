package dev.deliverysim.model;

/**
 * Visit rates of one job class in a large network, by Gauss–Seidel sweeps over the routing's
 * non-zero entries: λ_s = γ_s + Σ_f λ_f P(f → s). A dense LU of a 10,000-station network would
 * hold 10^8 entries and take minutes; a sweep costs one pass over the routes. Every route leaves
 * the network with some probability (checked by the loader), so the iteration contracts; rates
 * that never settle mean some routing cycle has no exit.
 */
final class SparseTraffic {
  /** Sweeps before giving up: a rework loop returning 99.9% of jobs settles in about 30,000. */
  private static final int MAX_SWEEPS = 200_000;
  private static final double TOLERANCE = 1e-13;

  private SparseTraffic() {}

  /** The rates, or null when they do not settle (a cycle with no exit). */
  static double[] rates(NetworkDef network, int k, double[] external) {
    int n = network.stations().size();
    int[][] from = new int[n][];
    double[][] p = new double[n][];
    incoming(network, k, from, p);
    double[] rates = external.clone();
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double change = 0;
      double largest = 0;
      for (int s = 0; s < n; s++) {
        double r = external[s];
        for (int e = 0; e < from[s].length; e++) {
          r += rates[from[s][e]] * p[s][e];
        }
        change = Math.max(change, Math.abs(r - rates[s]));
        largest = Math.max(largest, r);
        rates[s] = r;
      }
      if (!Double.isFinite(largest)) {
        return null;
      }
      if (change <= TOLERANCE * largest) {
        return rates;
      }
    }
    return null;
  }

  /** For each station, the stations that send class {@code k} there and with which probability. */
  private static void incoming(NetworkDef network, int k, int[][] from, double[][] p) {
    int n = network.stations().size();
    int[] count = new int[n];
    for (int f = 0; f < n; f++) {
      for (Transition t : network.stations().get(f).routingByClass().get(k).transitions()) {
        count[t.target()]++;
      }
    }
    for (int s = 0; s < n; s++) {
      from[s] = new int[count[s]];
      p[s] = new double[count[s]];
      count[s] = 0;
    }
    for (int f = 0; f < n; f++) {
      for (Transition t : network.stations().get(f).routingByClass().get(k).transitions()) {
        int s = t.target();
        from[s][count[s]] = f;
        p[s][count[s]++] = t.probability();
      }
    }
  }
}
