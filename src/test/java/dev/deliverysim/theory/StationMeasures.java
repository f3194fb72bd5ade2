package dev.deliverysim.theory;

/**
 * Steady-state measures of one station: utilisation ρ, Lq, Wq, W and L (times in the caller's
 * time unit, numbers in jobs).
 */
public record StationMeasures(double utilisation, double meanNumberInQueue, double meanWait,
    double meanSojourn, double meanNumberInSystem) {}
