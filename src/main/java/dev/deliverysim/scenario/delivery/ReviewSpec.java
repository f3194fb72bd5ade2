package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.TimeSpan;

/** Human code review: inspection rate, least effort, detection, and the size it stays focused up to. */
public record ReviewSpec(
    Double linesPerHour, TimeSpan minimum, Double detection, Double focusedLines, Integer approvals) {}
