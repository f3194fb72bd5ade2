package dev.deliverysim.model.delivery;

import java.util.Arrays;

/**
 * A first-in first-out list of task ids from which a task can also be taken out of turn (a
 * reviewer skips their own PRs). Taking the head is O(1); taking from further in shifts only the
 * tasks ahead of it, which are few: reviewers skip at most their own PRs.
 */
final class TaskQueue {
  private int[] items = new int[16];
  private int head;
  private int end;

  boolean isEmpty() {
    return head == end;
  }

  int size() {
    return end - head;
  }

  int get(int i) {
    return items[head + i];
  }

  void add(int task) {
    if (end == items.length) {
      if (head > items.length / 2) {
        System.arraycopy(items, head, items, 0, end - head);
        end -= head;
        head = 0;
      } else {
        items = Arrays.copyOf(items, items.length * 2);
      }
    }
    items[end++] = task;
  }

  /** Position of {@code task} from the head, or -1; the tasks looked for are near the head. */
  int indexOf(int task) {
    for (int i = head; i < end; i++) {
      if (items[i] == task) {
        return i - head;
      }
    }
    return -1;
  }

  int removeAt(int i) {
    int at = head + i;
    int task = items[at];
    System.arraycopy(items, head, items, head + 1, i);
    head++;
    return task;
  }
}
