package dev.deliverysim.scenario;

/** A whole number ≥ 1, or {@code unlimited}. */
public record Count(int value) {
  public static final int UNLIMITED = Integer.MAX_VALUE;

  public Count {
    if (value < 1) {
      throw new IllegalArgumentException("a count must be ≥ 1, was " + value);
    }
  }

  public boolean isUnlimited() {
    return value == UNLIMITED;
  }
}
