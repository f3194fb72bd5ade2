package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.Quantity;
import dev.deliverysim.scenario.tree.Required;

/** A three-point estimate of an input: {@code min}, most likely {@code mode}, {@code max}. */
public record UncertainTriangularSpec(@Required Quantity min, @Required Quantity mode, @Required Quantity max) {}
