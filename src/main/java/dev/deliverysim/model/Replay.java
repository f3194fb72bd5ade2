package dev.deliverysim.model;

/**
 * One replication recorded for the workshop page's replay: its timeline (counts at each snapshot)
 * and, where the model records them, its items' moves ({@code null} otherwise: a delivery
 * organisation's replay shows counts only).
 */
public record Replay(Timeline timeline, Moves moves) {}
