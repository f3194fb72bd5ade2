package dev.deliverysim.scenario.delivery;

/** Work-in-progress limits: {@code open_prs_per_author} caps each developer's undeployed PRs. */
public record WipLimitsSpec(Integer openPrsPerAuthor) {}
