package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.TimeSpan;

/**
 * Rhythms that batch work: release trains every {@code deploy_every}, and sprints of {@code sprint}
 * committing at most {@code tasks_per_sprint} tasks at each planning — always ({@code commit: fixed})
 * or until velocity is known ({@code commit: velocity}, over {@code velocity_window} sprints).
 */
public record CadenceSpec(TimeSpan deployEvery, TimeSpan sprint, Integer tasksPerSprint,
    dev.deliverysim.model.delivery.CadenceDef.Commit commit, Integer velocityWindow) {}
