package dev.deliverysim.model.delivery;

import java.util.Arrays;

/**
 * Small non-negative ids for things that come and go — PRs, tasks, features, incidents — so that
 * the arrays indexed by them stay as large as the most alive at once, not the most ever made. A
 * freed id is handed out again before a new one, the last freed first (its array slots are the
 * likeliest in cache). Ids are dense: every id below {@link #end} was handed out at least once.
 */
final class IdPool {
  private int[] free = new int[16];
  private int freeCount;
  private int end;

  /** An id: a freed one if any, else {@link #end} (which then moves up by one). */
  int take() {
    return freeCount > 0 ? free[--freeCount] : end++;
  }

  /** {@code id} is no longer used: a later {@link #take} may hand it out. */
  void give(int id) {
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, freeCount * 2);
    }
    free[freeCount++] = id;
  }

  /** One past the highest id handed out so far: loops over every id stop here. */
  int end() {
    return end;
  }

  /** Ids handed out and not given back. */
  int inUse() {
    return end - freeCount;
  }
}
