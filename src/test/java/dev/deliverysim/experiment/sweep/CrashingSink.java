package dev.deliverysim.experiment.sweep;

import java.io.IOException;

/** A sink that keeps {@code keep} points, then fails as a process killed mid-sweep would. */
public final class CrashingSink implements PointSink {
  private final PointSink kept;
  private int left;

  public CrashingSink(int keep, PointSink kept) {
    this.left = keep;
    this.kept = kept;
  }

  @Override
  public boolean done(int point) throws IOException {
    return kept.done(point);
  }

  @Override
  public void accept(PointResult result) throws IOException {
    if (left-- == 0) {
      throw new IllegalStateException("simulated crash");
    }
    kept.accept(result);
  }
}
