package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.Rate;
import dev.deliverysim.scenario.TimeSpan;

/** Exponential by its {@code mean} or by its {@code rate} (one of the two). */
public record ExponentialSpec(TimeSpan mean, Rate rate) {}
