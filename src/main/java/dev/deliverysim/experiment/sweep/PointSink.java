package dev.deliverysim.experiment.sweep;

import java.io.IOException;

/**
 * Where finished points go. The runner asks it first which points are already done, so a sweep
 * that was interrupted resumes where it stopped; the report layer makes each point durable.
 */
public interface PointSink {
  /** True when this point was finished by an earlier run and must not run again. */
  boolean done(int point) throws IOException;

  /** Keeps a finished point; when this returns, the point survives a crash. */
  void accept(PointResult result) throws IOException;
}
