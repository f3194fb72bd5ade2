package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.tree.Required;

/** Weibull by {@code shape} and {@code scale}. */
public record WeibullSpec(@Required Double shape, @Required TimeSpan scale) {}
