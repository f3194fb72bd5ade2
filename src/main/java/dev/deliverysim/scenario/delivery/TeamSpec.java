package dev.deliverysim.scenario.delivery;

import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.scenario.tree.Required;
import java.util.List;

/** A group of interchangeable people: how many, what they can do, and their focus. */
public record TeamSpec(
    @Required String name, @Required Integer headcount, @Required List<Skill> skills, Double focus,
    Double meetingsPerTeammate) {}
