package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.ReviewProcess;
import dev.deliverysim.scenario.TimeSpan;

/**
 * Human code review: inspection rate, least effort, detection, the size it stays focused up to,
 * approvals, and how requests reach reviewers (a pool or assigned; picked up when a job ends, in
 * sessions a few times a day, or as interruptions), and the code owners a share of PRs needs.
 */
public record ReviewSpec(
    Double linesPerHour, TimeSpan minimum, Double detection, Double focusedLines, Integer approvals,
    ReviewProcess.Assignment assignment, ReviewProcess.AssignBy assignBy, ReviewProcess.Pickup pickup,
    Double sessionsPerDay, TimeSpan sessionCap, TimeSpan interruptCost, TimeSpan maxEffort, OwnersSpec owners) {}
