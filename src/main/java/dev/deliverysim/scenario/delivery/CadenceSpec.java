package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.TimeSpan;

/**
 * Rhythms that batch work: release trains every {@code deploy_every}, and sprints of {@code sprint}
 * committing at most {@code tasks_per_sprint} tasks at each planning.
 */
public record CadenceSpec(TimeSpan deployEvery, TimeSpan sprint, Integer tasksPerSprint) {}
