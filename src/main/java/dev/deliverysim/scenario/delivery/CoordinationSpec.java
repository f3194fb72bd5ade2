package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.spec.DistributionSpec;

/**
 * The cost of working in parallel: the chance each PR merged by others since a branch began makes
 * it conflict, the effort to resolve a conflict, the effort of switching between tasks, and the
 * effort each open PR of one's own adds to every job started.
 */
public record CoordinationSpec(Double conflictChancePerMerge, DistributionSpec resolve, TimeSpan contextSwitch,
    TimeSpan perOpenPr) {}
