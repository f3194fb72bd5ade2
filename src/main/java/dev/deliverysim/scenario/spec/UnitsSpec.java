package dev.deliverysim.scenario.spec;

/** How long a working day and week are: {@code 1d} and {@code 1w} mean working time. */
public record UnitsSpec(Double hoursPerDay, Double daysPerWeek) {}
