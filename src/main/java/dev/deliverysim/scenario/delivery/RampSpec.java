package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.tree.Required;

/**
 * How AI adoption ramps up: over {@code duration}, adoption grows from 0; over {@code learning}
 * (default: the same duration) the coding effort of an assisted task moves from
 * {@code learning_dip} (above 1 while people learn) to its final multiplier.
 */
public record RampSpec(@Required TimeSpan duration, Double learningDip, TimeSpan learning) {}
