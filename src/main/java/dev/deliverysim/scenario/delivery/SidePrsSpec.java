package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/**
 * The extra PRs an assistant makes beside an assisted task (tests, refactors, bumps): how many per
 * task (a law of plain numbers, rounded to the nearest whole number), the author's effort on each,
 * whether they ask for human review (yes unless told), and the gates they pass untouched.
 */
public record SidePrsSpec(@Required DistributionSpec perTask, @Required DistributionSpec effort, Boolean reviewed,
    java.util.List<String> skipGates) {}
