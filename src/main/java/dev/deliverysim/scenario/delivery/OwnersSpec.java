package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.tree.Required;

/** Code owners: the team whose members alone may review a PR that needs an owner, and the share that does. */
public record OwnersSpec(@Required String team, Double share) {}
