package dev.deliverysim.theory;

/**
 * Parameters of a lognormal S with ln S ~ Normal(mu, sigma²), in the order taken by Commons
 * Statistics' {@code LogNormalDistribution.of(mu, sigma)}.
 */
public record LogNormalParameters(double mu, double sigma) {}
