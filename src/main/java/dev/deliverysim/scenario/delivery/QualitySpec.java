package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.TimeSpan;

/** How many defects coding injects per 1,000 changed lines, and the effort to fix one. */
public record QualitySpec(Double defectsPerKloc, TimeSpan reworkPerDefect) {}
