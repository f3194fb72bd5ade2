package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/**
 * A check after review. With {@code machines} it is automated (CI); without, people with the test
 * skill serve it (QA), and it cannot be flaky.
 */
public record GateSpec(
    @Required String name,
    Integer machines,
    @Required DistributionSpec duration,
    @Required Double detection,
    Double flakiness) {}
