package dev.deliverysim.engine;

/**
 * The time average of a piecewise-constant level (queue length, busy servers, work in progress):
 * {@code area += level × (now − lastChange)} at every change (SSJ's {@code Accumulate}).
 */
public final class TimeWeighted {
  private double level;
  private double lastChange;
  private double area;
  private double start;
  private double max;

  public void add(double now, double delta) {
    set(now, level + delta);
  }

  public void set(double now, double newLevel) {
    area += level * (now - lastChange);
    lastChange = now;
    level = newLevel;
    if (newLevel > max) {
      max = newLevel;
    }
  }

  public double level() {
    return level;
  }

  public double max() {
    return max;
  }

  /** Integral of the level from the start (or last reset) to {@code now}. */
  public double area(double now) {
    return area + level * (now - lastChange);
  }

  /** Time average from the start (or last reset) to {@code now}; NaN over an empty interval. */
  public double mean(double now) {
    double span = now - start;
    return span > 0 ? area(now) / span : Double.NaN;
  }

  /** Forgets the history (warm-up deletion) but keeps the current level. */
  public void reset(double now) {
    area = 0;
    lastChange = now;
    start = now;
    max = level;
  }
}
