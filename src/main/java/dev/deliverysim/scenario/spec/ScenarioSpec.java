package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.tree.Required;
import java.util.List;

/** A whole scenario file. */
public record ScenarioSpec(
    @Required String name,
    String description,
    UnitsSpec units,
    RunSpec run,
    @Required List<JobClassSpec> jobClasses,
    @Required List<StationSpec> stations) {}
