package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/** Escaped defects reported as bug tickets: the share reported, when, and the effort of a fix. */
public record BugTicketsSpec(Double share, @Required DistributionSpec reportedAfter, @Required DistributionSpec fixEffort) {}
