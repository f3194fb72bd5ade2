package dev.deliverysim.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws the next station from a {@link Routing} with its own random stream. A certain choice (one
 * branch of probability 1) draws nothing, so it consumes no random numbers.
 */
final class Router {
  static final int EXIT = -1;

  private final int[] targets;
  private final double[] cumulative;
  private final UniformRandomProvider rng;
  private final int certainTarget;

  Router(Routing routing, UniformRandomProvider rng) {
    int n = routing.transitions().size();
    targets = new int[n];
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      Transition t = routing.transitions().get(i);
      targets[i] = t.target();
      sum += t.probability();
      cumulative[i] = sum;
    }
    this.rng = rng;
    if (n == 0) {
      certainTarget = EXIT;
    } else if (n == 1 && cumulative[0] >= 1) {
      certainTarget = targets[0];
    } else {
      certainTarget = Integer.MIN_VALUE;
    }
  }

  /** The next station's index, or {@link #EXIT}. */
  int next() {
    if (certainTarget != Integer.MIN_VALUE) {
      return certainTarget;
    }
    double u = rng.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return targets[i];
      }
    }
    return EXIT;
  }
}
