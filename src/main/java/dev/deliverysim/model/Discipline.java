package dev.deliverysim.model;

/** The order in which a station's queue is served. */
public enum Discipline {
  /** First come, first served. */
  FIFO,
  /** Non-preemptive priority by job class (lower number first), FIFO within a class. */
  PRIORITY
}
