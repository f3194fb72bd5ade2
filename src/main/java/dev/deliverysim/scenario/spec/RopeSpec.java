package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;

/**
 * Drum-buffer-rope on the station that releases work: it passes work on only while fewer than
 * {@code buffer} jobs it released have yet to pass the {@code drum} station.
 */
public record RopeSpec(@Required String drum, @Required Integer buffer) {}
