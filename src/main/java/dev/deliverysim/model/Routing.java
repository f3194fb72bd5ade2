package dev.deliverysim.model;

import java.util.List;

/**
 * Where a job goes next: each transition with its probability; the probability left over (1 − the
 * sum) is the chance of leaving the network. An empty routing means every job leaves.
 */
public record Routing(List<Transition> transitions) {
  private static final double SLACK = 1e-9;

  public Routing {
    transitions = List.copyOf(transitions);
    double sum = 0;
    for (Transition t : transitions) {
      sum += t.probability();
    }
    if (sum > 1 + SLACK) {
      throw new IllegalArgumentException("routing probabilities add up to " + sum + ", more than 1");
    }
  }

  public static Routing exit() {
    return new Routing(List.of());
  }

  public static Routing to(int station) {
    return new Routing(List.of(new Transition(station, 1)));
  }

  /** Probability of leaving the network from here. */
  public double exitProbability() {
    double sum = 0;
    for (Transition t : transitions) {
      sum += t.probability();
    }
    return Math.max(0, 1 - sum);
  }
}
