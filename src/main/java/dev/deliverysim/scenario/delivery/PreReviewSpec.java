package dev.deliverysim.scenario.delivery;

/** AI pre-review of every PR: the chance it finds each defect, and the share of human review effort it saves. */
public record PreReviewSpec(Double detection, Double effortSaved) {}
