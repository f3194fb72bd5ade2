package dev.deliverysim.scenario.delivery;

import java.util.Map;

/**
 * Work-in-progress limits: {@code open_prs_per_author} caps each developer's undeployed PRs;
 * {@code review_queue}, {@code gate_queues} (by gate name) and {@code in_progress} stop new work
 * while that many PRs wait for review, wait for a gate, or are started and not deployed.
 */
public record WipLimitsSpec(Integer openPrsPerAuthor, Integer reviewQueue, Integer inProgress,
    Map<String, Integer> gateQueues) {}
