package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;

/** Where features come from: a stream of arrivals, or a backlog that exists from the start. */
public sealed interface FeatureSource {
  /** Features arrive one by one; the time between two follows {@code interarrival}. */
  record Arrivals(Distribution interarrival) implements FeatureSource {
    public Arrivals {
      if (interarrival == null) {
        throw new IllegalArgumentException("arrivals need an interarrival law");
      }
    }
  }

  /**
   * {@code features} are all requested at time 0 ("when will it be done?"; or, with more than can
   * be done, a team that never runs out of work). Developers pull them in order.
   */
  record Backlog(int features) implements FeatureSource {
    public Backlog {
      if (features < 1) {
        throw new IllegalArgumentException("a backlog needs at least one feature, was " + features);
      }
    }
  }
}
