package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.spec.ArrivalsSpec;
import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/**
 * The work: features that arrive ({@code rate} or {@code interarrival}) or a {@code backlog} of
 * features requested at the start (exactly one of the two), how many tasks each
 * splits into (a law of plain numbers, read through the duration converter, so a plain number is
 * itself), the focused effort to code one task, how many changed lines an hour of it makes, and
 * how many PRs a task is split into (a law of plain numbers; one when absent), and the chores
 * developers take up when no feature work is open to them (none when absent).
 */
public record WorkSpec(
    ArrivalsSpec features,
    Integer backlog,
    DistributionSpec tasksPerFeature,
    @Required DistributionSpec taskEffort,
    Double linesPerHour,
    DistributionSpec prsPerTask,
    ChoresSpec chores) {}
