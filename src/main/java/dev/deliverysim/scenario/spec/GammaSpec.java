package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;

/** Gamma by {@code mean} and {@code cv}, or by {@code shape} and {@code scale}. */
public record GammaSpec(TimeSpan mean, Double cv, Double shape, TimeSpan scale) {}
