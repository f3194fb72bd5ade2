package dev.deliverysim.scenario.spec;

import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.tree.Required;

/** Erlang: {@code phases} exponential phases adding up to {@code mean}. */
public record ErlangSpec(@Required Integer phases, @Required TimeSpan mean) {}
