package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;

/** How many replications, with which seed, and how long each runs. */
public record RunSpec(
    Integer replications, Long seed, TimeSpan horizon, Long jobs, TimeSpan warmup, Boolean drain) {}
