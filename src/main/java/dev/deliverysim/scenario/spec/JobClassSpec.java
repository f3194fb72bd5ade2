package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;

/** A class of jobs: how they arrive and where they enter; {@code label} is what people read (default: the name). */
public record JobClassSpec(
    @Required String name, Integer priority, @Required ArrivalsSpec arrivals, @Required RouteSpec enter, String label) {}
