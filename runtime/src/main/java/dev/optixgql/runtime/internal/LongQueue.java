package dev.optixgql.runtime.internal;

/** A growable ring of {@code long}s in ascending order of insertion: release times. */
final class LongQueue {
  private long[] items = new long[4];
  private int head;
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  long first() {
    return items[head];
  }

  long get(int index) {
    return items[(head + index) % items.length];
  }

  void removeFirst() {
    head = (head + 1) % items.length;
    size--;
  }

  void addLast(long value) {
    if (size == items.length) {
      long[] grown = new long[items.length * 2];
      for (int i = 0; i < size; i++) {
        grown[i] = get(i);
      }
      items = grown;
      head = 0;
    }
    items[(head + size) % items.length] = value;
    size++;
  }

  /** Removes one occurrence of {@code value}, searching from the newest. */
  void remove(long value) {
    for (int i = size - 1; i >= 0; i--) {
      if (get(i) == value) {
        for (int j = i; j < size - 1; j++) {
          items[(head + j) % items.length] = get(j + 1);
        }
        size--;
        return;
      }
    }
  }
}
