package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.tree.Required;
import java.util.List;

/**
 * A group of interchangeable people: how many, what they can do, their focus and their coding
 * pace (a multiplier of the coding effort of the PRs they write). Skills are
 * open names: {@code code}, {@code review} and {@code test} are built in, and any other names a
 * gate's {@code skill} (such as {@code security}). {@code label} is what people read ("Developers"),
 * the name by default.
 */
public record TeamSpec(
    @Required String name, @Required Integer headcount, @Required List<String> skills, Double focus,
    Double meetingsPerTeammate, Double codingEffort, String label) {}
