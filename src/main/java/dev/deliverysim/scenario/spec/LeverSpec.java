package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;

/**
 * One control of the workshop page ({@code deliverysim serve}): the number at {@code path} (written
 * as for {@code --set}), moved between {@code min} and {@code max} in steps of {@code step}.
 */
public record LeverSpec(@Required String path, String label, @Required Double min, @Required Double max,
    Double step) {}
