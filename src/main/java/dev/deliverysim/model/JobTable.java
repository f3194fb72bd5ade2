package dev.deliverysim.model;

import java.util.Arrays;

/**
 * Every job in the network, as parallel primitive arrays indexed by a recycled int id, so moving a
 * job allocates nothing. Grows by doubling; ids are reused from a free list.
 */
final class JobTable {
  int[] jobClass;
  /** Station the job is at (waiting, in service, or blocked after service). */
  int[] station;
  double[] systemArrival;
  double[] stationArrival;
  /** Total time spent waiting in queues so far. */
  double[] waited;
  /** Tied to the network's {@link Rope}: released by its gate, not yet past its drum. */
  private boolean[] roped;
  private int ropedCount;
  private int[] free;
  private int freeCount;
  private int created;
  private int live;

  JobTable(int initialCapacity) {
    int n = Math.max(16, initialCapacity);
    jobClass = new int[n];
    station = new int[n];
    systemArrival = new double[n];
    stationArrival = new double[n];
    waited = new double[n];
    roped = new boolean[n];
    free = new int[n];
  }

  int create(int cls, double now) {
    int id;
    if (freeCount > 0) {
      id = free[--freeCount];
    } else {
      if (created == jobClass.length) {
        grow();
      }
      id = created++;
    }
    jobClass[id] = cls;
    systemArrival[id] = now;
    waited[id] = 0;
    live++;
    return id;
  }

  void release(int id) {
    untie(id);
    free[freeCount++] = id;
    live--;
  }

  /** Ties the job to the rope (the gate released it). */
  void tie(int id) {
    roped[id] = true;
    ropedCount++;
  }

  /** Unties the job if it was tied (it passed the drum, left or was lost). */
  void untie(int id) {
    if (roped[id]) {
      roped[id] = false;
      ropedCount--;
    }
  }

  /** Jobs tied to the rope now. */
  int roped() {
    return ropedCount;
  }

  /** Jobs currently in the network. */
  int live() {
    return live;
  }

  private void grow() {
    int n = jobClass.length * 2;
    jobClass = Arrays.copyOf(jobClass, n);
    station = Arrays.copyOf(station, n);
    systemArrival = Arrays.copyOf(systemArrival, n);
    stationArrival = Arrays.copyOf(stationArrival, n);
    waited = Arrays.copyOf(waited, n);
    roped = Arrays.copyOf(roped, n);
    free = Arrays.copyOf(free, n);
  }
}
