package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.YamlNode;

/**
 * A value a phase sets, kept as written (any YAML: a number, a duration, a distribution) with its
 * positions: it is bound where it lands, as a {@code --set} value is, so its errors point at it.
 */
public record PhaseValue(YamlNode node) {}
