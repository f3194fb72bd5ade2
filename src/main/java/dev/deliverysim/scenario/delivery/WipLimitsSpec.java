package dev.deliverysim.scenario.delivery;

/**
 * Work-in-progress limits: {@code open_prs_per_author} caps each developer's undeployed PRs;
 * {@code review_queue} stops new work while that many PRs wait for review.
 */
public record WipLimitsSpec(Integer openPrsPerAuthor, Integer reviewQueue) {}
