package dev.deliverysim.engine;

/** A first-in first-out queue of ints on a growable circular array; allocates only to grow. */
public final class IntRingBuffer {
  private int[] items;
  private int head;
  private int size;

  public IntRingBuffer() {
    this(16);
  }

  public IntRingBuffer(int initialCapacity) {
    items = new int[Integer.highestOneBit(Math.max(2, initialCapacity - 1)) << 1];
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  public void addLast(int value) {
    if (size == items.length) {
      grow();
    }
    items[(head + size) & (items.length - 1)] = value;
    size++;
  }

  /** Removes and returns the oldest value; the caller checks {@link #isEmpty()} first. */
  public int removeFirst() {
    if (size == 0) {
      throw new IllegalStateException("empty queue");
    }
    int value = items[head];
    head = (head + 1) & (items.length - 1);
    size--;
    return value;
  }

  public void clear() {
    head = 0;
    size = 0;
  }

  private void grow() {
    int[] bigger = new int[items.length * 2];
    int firstPart = Math.min(size, items.length - head);
    System.arraycopy(items, head, bigger, 0, firstPart);
    System.arraycopy(items, 0, bigger, firstPart, size - firstPart);
    items = bigger;
    head = 0;
  }
}
