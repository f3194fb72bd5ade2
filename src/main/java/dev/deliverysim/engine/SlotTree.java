package dev.deliverysim.engine;

import java.util.Arrays;

/**
 * {@link EventQueue}'s pending events that belong to numbered slots, one per slot at most (in
 * deliverysim: the end of each person's current job): a winner tree over the slots, each internal
 * node holding a copy of the earlier of its two children.
 *
 * <p>Why, and not the heap: with thousands of people busy, a heap's sift-down is a chain of loads
 * from L2 in which each address waits for the comparison before it. Here changing a slot walks
 * from its leaf to the root along a path known in advance: the siblings' loads do not wait on each
 * other, and only the cheap comparisons form the chain (JFR, delivery-12000).
 *
 * <p>Layout, as in a bottom-up segment tree: node k at [2k, 2k+1] (time bits, then key, exactly as
 * in the heap except that the key's low half is the slot, not the payload), the root at node 1,
 * slot s's leaf at node {@code count + s}, node k's children at 2k and 2k+1. Any count works.
 */
final class SlotTree {
  /** The time bits and key of an empty node: a NaN's bits, after every time a node can hold. */
  static final long EMPTY = Long.MAX_VALUE;

  final int count;
  final long[] nodes;
  /** Per slot, the payload of its pending event. */
  final int[] payloads;
  /** Slots holding an event, the one {@link EventQueue#poll} took and has not removed yet included. */
  int pending;

  SlotTree(int count) {
    this.count = count;
    nodes = new long[4 * Math.max(1, count)];
    Arrays.fill(nodes, EMPTY);
    payloads = new int[count];
  }

  boolean holds(int slot) {
    return nodes[2 * (count + slot)] != EMPTY;
  }

  long time(int slot) {
    return nodes[2 * (count + slot)];
  }

  long key(int slot) {
    return nodes[2 * (count + slot) + 1];
  }

  /** Puts (time, key) in the slot's leaf, or {@link #EMPTY} twice to empty it, and mends its path. */
  void set(int slot, long time, long key) {
    long[] t = nodes;
    int node = count + slot;
    t[2 * node] = time;
    t[2 * node + 1] = key;
    while (node > 1) {
      int sibling = node ^ 1;
      long siblingTime = t[2 * sibling];
      long siblingKey = t[2 * sibling + 1];
      // arithmetic, not a branch: which child wins is as good as random. All four are ≥ 0, so
      // (time, key) pairs compare as one 128-bit subtraction: the keys' borrow, then the times'
      // sign, all ones when the sibling comes first
      long borrow = (siblingKey - key) >>> 63;
      long siblingFirst = (siblingTime - time - borrow) >> 63;
      time ^= (time ^ siblingTime) & siblingFirst;
      key ^= (key ^ siblingKey) & siblingFirst;
      node >>>= 1;
      if (t[2 * node + 1] == key && t[2 * node] == time) {
        return; // the node already holds this winner, and so do its ancestors
      }
      t[2 * node] = time;
      t[2 * node + 1] = key;
    }
  }

  /** Gives the leaf of {@code slot} a new key, without mending its path; {@link #rebuild} after. */
  void rekey(int slot, long key) {
    nodes[2 * (count + slot) + 1] = key;
  }

  /** Recomputes every internal node from the leaves. */
  void rebuild() {
    long[] t = nodes;
    for (int node = count - 1; node >= 1; node--) {
      int left = 2 * node;
      int right = left + 1;
      boolean rightFirst = t[2 * right] < t[2 * left]
          || (t[2 * right] == t[2 * left] && t[2 * right + 1] < t[2 * left + 1]);
      int winner = rightFirst ? right : left;
      t[2 * node] = t[2 * winner];
      t[2 * node + 1] = t[2 * winner + 1];
    }
  }

  void clear() {
    Arrays.fill(nodes, EMPTY);
    pending = 0;
  }
}
