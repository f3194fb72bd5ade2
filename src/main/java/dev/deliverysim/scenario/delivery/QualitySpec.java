package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.TimeSpan;

/**
 * How many defects coding injects per 1,000 changed lines, the effort to fix one, and the escaped
 * ones reported back as bug tickets.
 */
public record QualitySpec(Double defectsPerKloc, TimeSpan reworkPerDefect, BugTicketsSpec bugTickets) {}
