package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;

/**
 * Production incidents: each defect that escapes to production causes one with probability
 * {@code perEscapedDefect}, {@code surfacesAfter} the deployment. Restoring service takes a person
 * who can code {@code restore} focused hours, and comes before any other job they could take.
 */
public record IncidentsDef(double perEscapedDefect, Distribution surfacesAfter, Distribution restore) {
  public static final IncidentsDef NONE = new IncidentsDef(0, new Fixed(0), new Fixed(0));

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
