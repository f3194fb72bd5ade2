package dev.deliverysim.model;

import dev.deliverysim.engine.Distribution;

/**
 * A class of jobs arriving from outside: a renewal arrival process and where jobs enter.
 *
 * @param priority used by {@link Discipline#PRIORITY} stations; lower is served first
 * @param interarrival law of the time between two arrivals (exponential: a Poisson stream)
 * @param entry the first station(s); the probability left over is the chance a job never enters
 */
public record JobClassDef(String name, int priority, Distribution interarrival, Routing entry) {
  public JobClassDef {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a job class needs a name");
    }
    if (interarrival == null || entry == null) {
      throw new IllegalArgumentException("a job class needs an arrival law and an entry");
    }
  }

  public JobClassDef scaledTime(double factor) {
    return new JobClassDef(name, priority, interarrival.scaled(factor), entry);
  }
}
