package dev.deliverysim.scenario.delivery;

import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.Required;

/**
 * AI assistance: the share of tasks assisted, the multipliers applied to an assisted task, and an
 * optional AI pre-review and an optional adoption ramp. {@code adoption} is required because no
 * share is a safe guess.
 */
public record AiSpec(
    @Required Double adoption,
    Double codingEffort,
    Double prSize,
    Double defectInjection,
    Double reviewEffort,
    PreReviewSpec preReview,
    RampSpec ramp,
    DistributionSpec pickupDelay,
    Double changeRequests,
    Double closeUnmerged,
    Double redoEffort,
    SidePrsSpec sidePrs) {}
