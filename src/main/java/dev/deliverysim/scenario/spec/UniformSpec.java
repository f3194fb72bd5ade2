package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.tree.Required;

/** Uniform between {@code min} and {@code max}. */
public record UniformSpec(@Required TimeSpan min, @Required TimeSpan max) {}
