package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/**
 * Production incidents: the chance an escaped defect causes one, how long after deployment it
 * surfaces, the focused effort to restore service, and whether it interrupts someone's job when
 * no coder is free.
 */
public record IncidentsSpec(Double perEscapedDefect, DistributionSpec surfacesAfter, @Required DistributionSpec restore,
    Boolean interrupts) {}
