package dev.deliverysim.model.delivery;

import java.util.List;

/**
 * Kanban limits that block upstream: while a limit is reached nobody starts a new task —
 * finishing comes before starting. 0 means no limit everywhere.
 *
 * @param reviewQueue PRs waiting for review
 * @param inProgress tasks started and not yet deployed, across the organisation (CONWIP)
 * @param gateQueues per gate, in the organisation's gate order: PRs waiting for that gate
 */
public record FlowLimits(int reviewQueue, int inProgress, List<Integer> gateQueues) {
  public static final FlowLimits NONE = new FlowLimits(0, 0, List.of());

  public FlowLimits {
    gateQueues = List.copyOf(gateQueues);
    if (reviewQueue < 0 || inProgress < 0 || gateQueues.stream().anyMatch(l -> l < 0)) {
      throw new IllegalArgumentException("flow limits must be ≥ 0 (0: none), were " + reviewQueue + ", "
          + inProgress + ", " + gateQueues);
    }
  }

  /** Only a review-queue limit. */
  public static FlowLimits reviewQueue(int limit) {
    return new FlowLimits(limit, 0, List.of());
  }

  /** The queue limit of gate {@code g}; 0 for none. */
  int gateQueue(int g) {
    return g < gateQueues.size() ? gateQueues.get(g) : 0;
  }
}
