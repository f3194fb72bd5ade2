package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/** Chores a developer with no feature work takes up: the coding effort of one, without AI. */
public record ChoresSpec(@Required DistributionSpec effort) {}
