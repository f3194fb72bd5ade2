package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.GateDef;

import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/**
 * A check after review, one stage of the pipeline. With {@code machines} it is automated (CI);
 * without, people with {@code skill} serve it (default {@code test}: QA) and it cannot be flaky.
 * A {@code delay} instead of a {@code duration} is a pure delay that every PR spends at once.
 * PRs smaller than {@code skip_below} changed lines pass it untouched. {@code label} is what people
 * read, the name by default.
 */
public record GateSpec(
    @Required String name,
    String skill,
    Integer machines,
    DistributionSpec duration,
    DistributionSpec delay,
    @Required Double detection,
    Double flakiness,
    Double skipBelow,
    GateDef.Per per,
    String label) {}
