package dev.deliverysim.model;

/**
 * Stations that pass work on in batches ({@code transfer_batch}, the penny game): a finished job
 * waits in its station's outbox, on no server, until the batch is full; then every job of it moves
 * on, each on its own route. A smaller last batch moves on once nothing more can join it.
 */
final class TransferBatches {
  private final NetworkSimulation sim;
  /** reaches[a][b]: a job at station a can reach station b (through any number of stations). */
  private final boolean[][] reaches;

  private TransferBatches(NetworkSimulation sim, boolean[][] reaches) {
    this.sim = sim;
    this.reaches = reaches;
  }

  /** The network's batching, or null when no station batches (an ordinary network: nothing changes). */
  static TransferBatches of(NetworkDef network, NetworkSimulation sim) {
    return network.stations().stream().anyMatch(d -> d.play().batches())
        ? new TransferBatches(sim, reachability(network))
        : null;
  }

  private static boolean[][] reachability(NetworkDef network) {
    int n = network.stations().size();
    boolean[][] r = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (Routing routing : network.stations().get(a).routingByClass()) {
        for (Transition t : routing.transitions()) {
          r[a][t.target()] = true;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          r[a][b] |= r[a][k] && r[k][b];
        }
      }
    }
    return r;
  }

  /** A job finished at batching station {@code index}: its server takes the next job, it waits. */
  void hold(int job, int index, double now) {
    StationState s = sim.station(index);
    if (s.queued > 0) {
      int next = s.takeNext();
      s.queueLength.set(now, s.queued);
      sim.startService(next, s, now);
    } else {
      s.busy--;
      s.busyServers.set(now, s.busy);
    }
    s.outbox.addLast(job);
    s.held.set(now, s.outbox.size());
    if (s.outbox.size() >= s.transferBatch) {
      release(index, now);
    }
  }

  /** The whole outbox moves on: each job to its own next station; one that is full loses it. */
  private void release(int index, double now) {
    StationState s = sim.station(index);
    int size = s.outbox.size();
    for (int i = 0; i < size; i++) {
      int job = s.outbox.removeFirst();
      s.held.set(now, s.outbox.size());
      s.timeInStation.add(now - sim.jobs.stationArrival[job]);
      int target = s.routerByClass[sim.jobs.jobClass[job]].next();
      if (target == Router.EXIT) {
        sim.leaveNetwork(job, now);
      } else if (sim.station(target).isFull()) {
        sim.station(target).arrivals++;
        sim.station(target).lost++;
        sim.lost++;
        sim.gone(job, now);
      } else {
        sim.enter(job, target, now);
      }
    }
  }

  /**
   * Once no arrival is still to come (the caller checks): a partial batch moves on when neither
   * its station nor any station that feeds it holds a job (the last coins of the game).
   */
  void releaseStranded(double now) {
    int n = sim.stationCount();
    for (int b = 0; b < n; b++) {
      StationState s = sim.station(b);
      if (s.outbox.isEmpty() || s.present() > 0) {
        continue;
      }
      boolean fed = false;
      for (int a = 0; a < n && !fed; a++) {
        fed = a != b && reaches[a][b] && (sim.station(a).present() > 0 || !sim.station(a).outbox.isEmpty());
      }
      if (!fed) {
        release(b, now);
      }
    }
  }
}
