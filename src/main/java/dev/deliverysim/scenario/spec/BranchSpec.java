package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;

/** One routing branch; {@code p} may be left out when it is the only branch (then p = 1). */
public record BranchSpec(@Required String to, Double p) {}
