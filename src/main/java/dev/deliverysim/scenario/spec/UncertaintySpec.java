package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;
import java.util.List;

/**
 * Inputs known only as a range: each replication's inputs are drawn from their laws (the outer
 * draw), the same for {@code replications_per_draw} replications in a row, which differ only in the
 * simulation's own noise (the inner replications).
 */
public record UncertaintySpec(Integer replicationsPerDraw, @Required List<UncertainInputSpec> inputs) {}
