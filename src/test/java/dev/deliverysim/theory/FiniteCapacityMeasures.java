package dev.deliverysim.theory;

/** M/M/1/K result: blocking probability P_K, accepted rate λ(1−P_K) and station measures. */
public record FiniteCapacityMeasures(double blockingProbability, double effectiveThroughput,
    StationMeasures station) {}
