package dev.deliverysim.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * The simulation clock and its pending events: a binary min-heap on primitive arrays, and
 * optionally slots for events that are one per numbered thing.
 *
 * <p>Events are ordered by time, then by the order they were scheduled, so simultaneous events
 * leave first-in first-out and a run is deterministic without consulting any random stream (the
 * SimPy kernel's {@code (time, counter)} rule). An event is just an {@code int} payload whose
 * meaning belongs to the caller; nothing is allocated per event.
 *
 * <p>Inlined for speed (measured with {@code deliverysim bench}): the insertion number and the
 * payload share one {@code long} (number in the high 32 bits), so a tie is broken by one
 * comparison; and a node's time (as its bits) and that {@code long} lie side by side in one array,
 * so a node is one cache line, not two (bench: 3–5% on mm1, tandem5 and delivery-1200). When
 * the 31-bit insertion counter would overflow, pending events are renumbered in their current
 * order, which keeps the FIFO rule.
 *
 * <p>Also for speed: taking an event leaves it at the root until the next call. An event handler
 * nearly always schedules a successor (the next arrival, the next service), and the first
 * {@link #schedule} after {@link #poll} then overwrites the root and sifts down once, instead of a
 * removal followed by an insertion. The heap's contents, and so the order, are the same.
 *
 * <p>Slots ({@link #slots}): a model whose events are mostly one per numbered thing (a person's
 * job end) schedules those in that thing's slot, kept in a {@link SlotTree} instead of the heap,
 * which is cheaper to change when thousands are pending (deliverysim bench, delivery-12000). Slot
 * events take their insertion numbers from the same counter, and {@link #poll} takes the earlier
 * of the heap's root and the tree's by the same (time, insertion number) rule, so the order of all
 * events is exactly what one heap would give. A slot event scheduled while its slot still holds
 * one moves the older to the heap, where it waits its turn as before: nothing is ever dropped.
 * The taken slot event, like the heap's root, is removed lazily: a job's end is often followed
 * by the same person's next one, written over it in one walk.
 */
public final class EventQueue {
  private static final long MAX_SEQUENCE = Integer.MAX_VALUE;
  private static final long EMPTY = SlotTree.EMPTY;
  private static final int NO_SLOT = -1;

  /**
   * Node i at [2i, 2i+1]: its time's bits (a time ≥ 0 orders as its bits do, as a {@code long}),
   * then (insertion number << 32) | (payload & 0xFFFFFFFF). A node's time and tie-break share a cache line.
   * An empty heap's root is {@link SlotTree#EMPTY} twice, so {@link #poll} compares the two roots without testing the size.
   */
  private long[] heap;
  private int size;
  /** The root was taken by {@link #poll} and is still in the arrays, awaiting removal. */
  private boolean rootTaken;
  private SlotTree slots = new SlotTree(0);
  /**
   * Whether {@link #slots} made any: without, taking an event looks at the heap alone, as before
   * slots (bench: reading the empty tree's root too cost {@code mm1} and {@code tandem5} 2–4%).
   */
  private boolean slotted;
  /** The slot whose event {@link #poll} took, still in the tree awaiting removal; or NO_SLOT. */
  private int slotTaken = NO_SLOT;
  private long nextSequence;
  private double now;

  public EventQueue() {
    this(64);
  }

  public EventQueue(int initialCapacity) {
    int capacity = Math.max(2, initialCapacity);
    heap = new long[2 * capacity];
    heap[0] = EMPTY;
    heap[1] = EMPTY;
  }

  /**
   * Gives this queue {@code count} slots, numbered from 0, for {@link #scheduleInSlot}; call before
   * anything is scheduled.
   */
  public void slots(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("expected a slot count ≥ 0, received: " + count);
    }
    if (!isEmpty()) {
      throw new IllegalStateException("slots are made before any event is scheduled");
    }
    slots = new SlotTree(count);
    slotted = count > 0;
    slotTaken = NO_SLOT;
  }

  /** The current simulated time: the time of the last event taken, or of {@link #advanceTo}. */
  public double now() {
    return now;
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  public int size() {
    return (rootTaken ? size - 1 : size) + (slotTaken == NO_SLOT ? slots.pending : slots.pending - 1);
  }

  /** Time of the next event; only meaningful when the queue is not empty. */
  public double nextTime() {
    removeTaken();
    return Double.longBitsToDouble(Math.min(heap[0], slots.nodes[2]));
  }

  /**
   * Schedules {@code payload} at absolute {@code time}, which must not lie in the past.
   *
   * @throws IllegalArgumentException for a time before {@link #now()} or NaN
   */
  public void schedule(double time, int payload) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("event time " + time + " is before now " + now);
    }
    if (2 * size == heap.length) {
      grow();
    }
    if (nextSequence > MAX_SEQUENCE) {
      removeTaken();
      renumber();
    }
    long key = (nextSequence++ << 32) | (payload & 0xFFFFFFFFL);
    long bits = Double.doubleToRawLongBits(time + 0.0); // −0.0 becomes +0.0
    insert(bits, key);
  }

  /**
   * Schedules {@code payload} at absolute {@code time} in {@code slot}, in the same order as
   * {@link #schedule} would. An event still pending in the slot stays pending (moved to the heap).
   *
   * @throws IllegalArgumentException for a time before {@link #now()} or NaN
   * @throws IndexOutOfBoundsException for a slot not made by {@link #slots}
   */
  public void scheduleInSlot(int slot, double time, int payload) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("event time " + time + " is before now " + now);
    }
    SlotTree tree = slots;
    Objects.checkIndex(slot, tree.count);
    if (nextSequence > MAX_SEQUENCE) {
      removeTaken();
      renumber();
    }
    long key = (nextSequence++ << 32) | slot;
    long bits = Double.doubleToRawLongBits(time + 0.0); // −0.0 becomes +0.0
    if (slotTaken == slot) {
      slotTaken = NO_SLOT; // the taken event is written over: one walk instead of two
    } else {
      if (slotTaken != NO_SLOT) {
        removeTakenSlot();
      }
      if (tree.holds(slot)) {
        moveToHeap(slot);
      } else {
        tree.pending++;
      }
    }
    tree.payloads[slot] = payload;
    tree.set(slot, bits, key);
  }

  /** The time of the event pending in {@code slot}, or NaN when none is. */
  public double pendingInSlot(int slot) {
    SlotTree tree = slots;
    Objects.checkIndex(slot, tree.count);
    return slot == slotTaken ? Double.NaN : Double.longBitsToDouble(tree.time(slot)); // EMPTY is a NaN
  }

  /** Whether an event is pending strictly before {@code time}; for {@link EventLoop}'s marks. */
  boolean hasEventBefore(double time) {
    removeTakenRoot();
    if (!slotted) {
      return size > 0 && Double.longBitsToDouble(heap[0]) < time;
    }
    if (slotTaken != NO_SLOT) {
      removeTakenSlot();
    }
    return Double.longBitsToDouble(Math.min(heap[0], slots.nodes[2])) < time; // EMPTY is a NaN
  }

  /** Moves the clock to {@code time}, with no event: {@link EventLoop}'s marks are not in the heap. */
  void advanceTo(double time) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("time " + time + " is before now " + now);
    }
    now = time;
  }

  /** Removes the next event, advances the clock to its time and returns its payload. */
  public int poll() {
    removeTakenRoot();
    if (slotted) {
      if (slotTaken != NO_SLOT) {
        removeTakenSlot();
      }
      long[] tree = slots.nodes; // the root at [2, 3]
      long slotTime = tree[2];
      long slotKey = tree[3];
      // insertion numbers are unique across both, so equal times are settled by them alone
      if (slotTime < heap[0] || (slotTime == heap[0] && slotKey < heap[1])) {
        int slot = (int) slotKey;
        slotTaken = slot;
        now = Double.longBitsToDouble(slotTime);
        return slots.payloads[slot];
      }
    }
    if (size == 0) {
      throw new IllegalStateException("no event pending");
    }
    rootTaken = true;
    now = Double.longBitsToDouble(heap[0]);
    return (int) heap[1];
  }

  /** Drops every pending event; the clock stays where it is. */
  public void clear() {
    size = 0;
    rootTaken = false;
    heap[0] = EMPTY;
    heap[1] = EMPTY;
    slots.clear();
    slotTaken = NO_SLOT;
  }

  private void removeTaken() {
    removeTakenRoot();
    if (slotTaken != NO_SLOT) {
      removeTakenSlot();
    }
  }

  private void removeTakenRoot() {
    if (rootTaken) {
      rootTaken = false;
      int last = --size;
      if (last > 0) {
        siftDown(heap[2 * last], heap[2 * last + 1], last);
      } else {
        heap[0] = EMPTY;
        heap[1] = EMPTY;
      }
    }
  }

  private void removeTakenSlot() {
    slots.set(slotTaken, EMPTY, EMPTY);
    slots.pending--;
    slotTaken = NO_SLOT;
  }

  private void insert(long bits, long key) {
    if (rootTaken) {
      rootTaken = false;
      siftDown(bits, key, size);
    } else {
      siftUp(size++, bits, key);
    }
  }

  /** Moves the event pending in {@code slot} to the heap, with its insertion number and payload. */
  private void moveToHeap(int slot) {
    SlotTree tree = slots;
    if (2 * size == heap.length) {
      grow();
    }
    insert(tree.time(slot), (tree.key(slot) & ~0xFFFFFFFFL) | (tree.payloads[slot] & 0xFFFFFFFFL));
  }

  private void siftUp(int hole, long time, long key) {
    long[] h = heap;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      long parentTime = h[2 * parent];
      if (parentTime < time || (parentTime == time && h[2 * parent + 1] < key)) {
        break;
      }
      h[2 * hole] = parentTime;
      h[2 * hole + 1] = h[2 * parent + 1];
      hole = parent;
    }
    h[2 * hole] = time;
    h[2 * hole + 1] = key;
  }

  /** Places an element into the hole left at the root, moving earlier children up. */
  private void siftDown(long time, long key, int end) {
    long[] h = heap;
    int hole = 0;
    int child;
    while ((child = 2 * hole + 1) < end) {
      long childTime = h[2 * child];
      long childKey = h[2 * child + 1];
      if (child + 1 < end) {
        long rightTime = h[2 * child + 2];
        long rightKey = h[2 * child + 3];
        if (rightTime < childTime || (rightTime == childTime && rightKey < childKey)) {
          child++;
          childTime = rightTime;
          childKey = rightKey;
        }
      }
      if (time < childTime || (time == childTime && key < childKey)) {
        break;
      }
      h[2 * hole] = childTime;
      h[2 * hole + 1] = childKey;
      hole = child;
    }
    h[2 * hole] = time;
    h[2 * hole + 1] = key;
  }

  /**
   * Gives pending events, in the heap and in the slots, insertion numbers 0 … n−1 in their current
   * order; nothing may be taken and not yet removed.
   */
  private void renumber() {
    SlotTree tree = slots;
    // each entry: (insertion number << 32) | where, heap node i as i and slot s as size + s
    long[] order = new long[size + tree.pending];
    int n = 0;
    for (int i = 0; i < size; i++) {
      order[n++] = (heap[2 * i + 1] & ~0xFFFFFFFFL) | i;
    }
    for (int s = 0; s < tree.count; s++) {
      if (tree.holds(s)) {
        order[n++] = (tree.key(s) & ~0xFFFFFFFFL) | (size + s);
      }
    }
    Arrays.sort(order); // insertion numbers are unique: the sort is by them
    for (int rank = 0; rank < n; rank++) {
      int where = (int) order[rank];
      long number = (long) rank << 32;
      if (where < size) {
        heap[2 * where + 1] = number | (heap[2 * where + 1] & 0xFFFFFFFFL);
      } else {
        tree.rekey(where - size, number | (where - size));
      }
    }
    tree.rebuild();
    nextSequence = n;
  }

  private void grow() {
    heap = Arrays.copyOf(heap, heap.length * 2);
  }
}
