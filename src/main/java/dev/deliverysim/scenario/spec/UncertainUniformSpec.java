package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.Quantity;
import dev.deliverysim.scenario.tree.Required;

/** Anywhere between {@code min} and {@code max}, all equally likely: "somewhere between 10% and 30%". */
public record UncertainUniformSpec(@Required Quantity min, @Required Quantity max) {}
