package dev.deliverysim.model;

import dev.deliverysim.engine.Percentiles;
import dev.deliverysim.engine.Tally;

/**
 * What a network measures of the jobs that leave it, from the end of the warm-up: time in system
 * and time waiting (overall and per job class), percentiles of time in system, and when the first
 * and the last job came out. Streaming: nothing is kept per job.
 */
final class JobTallies {
  final Tally sojourn = new Tally();
  final Tally waited = new Tally();
  final Percentiles sojournPercentiles = new Percentiles();
  final Tally[] sojournByClass;
  final Tally[] waitedByClass;
  /** When the first and the last job left the network after the warm-up (NaN before any). */
  double firstOut = Double.NaN;
  double lastOut = Double.NaN;
  /** When measuring began: the end of the warm-up, or 0. */
  double observedFrom;

  JobTallies(int classCount) {
    sojournByClass = new Tally[classCount];
    waitedByClass = new Tally[classCount];
    for (int k = 0; k < classCount; k++) {
      sojournByClass[k] = new Tally();
      waitedByClass[k] = new Tally();
    }
  }

  /** A job of class {@code k} left at {@code now} after {@code timeInSystem}, {@code waited} of it in queues. */
  void left(int k, double timeInSystem, double waitedHours, double now) {
    sojourn.add(timeInSystem);
    sojournPercentiles.add(timeInSystem);
    waited.add(waitedHours);
    if (sojournByClass.length > 1) {
      sojournByClass[k].add(timeInSystem);
      waitedByClass[k].add(waitedHours);
    }
    if (Double.isNaN(firstOut)) {
      firstOut = now - observedFrom;
    }
    lastOut = now - observedFrom;
  }

  /** The warm-up ended at {@code now}: everything counts from here. */
  void reset(double now) {
    observedFrom = now;
    sojourn.reset();
    waited.reset();
    sojournPercentiles.reset();
    firstOut = Double.NaN;
    lastOut = Double.NaN;
    for (int k = 0; k < sojournByClass.length; k++) {
      sojournByClass[k].reset();
      waitedByClass[k].reset();
    }
  }
}
