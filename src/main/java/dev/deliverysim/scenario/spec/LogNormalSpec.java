package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;

/**
 * Log-normal by {@code mean} and {@code cv}, or by exactly two percentiles among {@code p10, p25,
 * median, p75, p80, p85, p90, p95, p99}.
 */
public record LogNormalSpec(
    TimeSpan mean,
    Double cv,
    TimeSpan p10,
    TimeSpan p25,
    TimeSpan median,
    TimeSpan p75,
    TimeSpan p80,
    TimeSpan p85,
    TimeSpan p90,
    TimeSpan p95,
    TimeSpan p99) {}
