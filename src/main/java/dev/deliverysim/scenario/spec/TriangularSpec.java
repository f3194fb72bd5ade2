package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.tree.Required;

/** A three-point estimate: {@code min}, most likely {@code mode}, {@code max}. */
public record TriangularSpec(@Required TimeSpan min, @Required TimeSpan mode, @Required TimeSpan max) {}
