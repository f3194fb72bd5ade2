package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.tree.Required;
import java.util.Map;

/**
 * One phase of a delivery scenario: from {@code at} on, every {@code path: value} in {@code set}
 * (paths written as for {@code --set}) holds, on top of the phases before it.
 */
public record PhaseSpec(@Required TimeSpan at, @Required Map<String, PhaseValue> set) {}
