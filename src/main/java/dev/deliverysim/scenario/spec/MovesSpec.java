package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;

/** A die: each round a whole number from {@code min} to {@code max}, each equally likely. */
public record MovesSpec(@Required Integer min, @Required Integer max) {}
