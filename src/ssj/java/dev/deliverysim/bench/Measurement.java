package dev.deliverysim.bench;

/**
 * One timed run of one simulator: events processed (one per arrival to the network plus one per
 * service completion), wall time, and the mean sojourn it estimated (kept for the sanity check).
 */
record Measurement(long events, long nanos, double meanSojourn) {
  double nsPerEvent() {
    return (double) nanos / events;
  }
}
