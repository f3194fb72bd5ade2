package dev.deliverysim.experiment.calibrate;

import java.time.Instant;

/**
 * One stay of a work item in one status (Jira) or stage (stage timestamps): entered at
 * {@code from}, left at {@code to} — null while it is still there when the data was exported, a
 * stay whose length is unknown (censored) and so not counted in the time spent there.
 */
public record StateVisit(String state, Instant from, Instant to) {}
