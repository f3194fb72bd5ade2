package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.Rate;

/** Either a Poisson {@code rate} or an {@code interarrival} law (a renewal process). */
public record ArrivalsSpec(Rate rate, DistributionSpec interarrival) {}
