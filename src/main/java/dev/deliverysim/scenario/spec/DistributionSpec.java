package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;
import java.util.List;

/** A random duration: exactly one of the families below. */
public record DistributionSpec(
    TimeSpan fixed,
    ExponentialSpec exponential,
    UniformSpec uniform,
    TriangularSpec triangular,
    LogNormalSpec lognormal,
    GammaSpec gamma,
    ErlangSpec erlang,
    WeibullSpec weibull,
    List<TimeSpan> empirical) {}
