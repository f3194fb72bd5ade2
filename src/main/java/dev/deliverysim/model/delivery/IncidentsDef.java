package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;

/**
 * Production incidents: each defect that escapes to production causes one with probability
 * {@code perEscapedDefect}, {@code surfacesAfter} the deployment. Restoring service takes a person
 * who can code {@code restore} focused hours, and comes before any other job they could take.
 * With {@code interrupts}, an incident that finds no coder free takes one off their current job
 * (see {@link Interruptions}); without, it waits for the next coder to finish theirs.
 */
public record IncidentsDef(double perEscapedDefect, Distribution surfacesAfter, Distribution restore,
    boolean interrupts) {
  public static final IncidentsDef NONE = new IncidentsDef(0, new Fixed(0), new Fixed(0));

  /** Incidents that wait for the next free coder. */
  public IncidentsDef(double perEscapedDefect, Distribution surfacesAfter, Distribution restore) {
    this(perEscapedDefect, surfacesAfter, restore, false);
  }

  public IncidentsDef {
    if (!(perEscapedDefect >= 0 && perEscapedDefect <= 1)) {
      throw new IllegalArgumentException("incident probability must lie in [0, 1], was " + perEscapedDefect);
    }
    if (surfacesAfter == null || restore == null) {
      throw new IllegalArgumentException("incidents need a delay and a restore effort");
    }
  }

  public boolean modelled() {
    return perEscapedDefect > 0;
  }
}
