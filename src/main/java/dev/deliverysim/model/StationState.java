package dev.deliverysim.model;

import dev.deliverysim.engine.IntRingBuffer;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.StreamName;
import dev.deliverysim.engine.Tally;
import dev.deliverysim.engine.TimeWeighted;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** One station's mutable state and statistics during a replication. Fields are package-private for the event loop. */
final class StationState {
  /**
   * Every station of {@code network}, its service and routing drawn from the streams
   * {@code service/<station>/<class>} and {@code routing/<station>/<class>}.
   */
  static StationState[] all(NetworkDef network, RandomStreams streams) {
    List<JobClassDef> classes = network.jobClasses();
    int classCount = classes.size();
    PriorityLevels levels = PriorityLevels.of(classes);
    StationState[] stations = new StationState[network.stations().size()];
    for (int s = 0; s < stations.length; s++) {
      StationDef def = network.stations().get(s);
      ContinuousSampler[] service = new ContinuousSampler[classCount];
      Router[] routers = new Router[classCount];
      for (int k = 0; k < classCount; k++) {
        String jobClass = classes.get(k).name();
        service[k] = def.serviceByClass().get(k).sampler(
            streams.stream(StreamName.of("service").named(def.name()).named(jobClass)));
        routers[k] = new Router(def.routingByClass().get(k),
            streams.stream(StreamName.of("routing").named(def.name()).named(jobClass)));
      }
      boolean byPriority = def.discipline() == Discipline.PRIORITY;
      stations[s] = new StationState(def, byPriority ? levels.count() : 1,
          byPriority ? levels.levelOfClass() : new int[classCount], service, routers);
    }
    return stations;
  }

  final int servers;
  final int capacity;
  /** Jobs here at time 0 ({@code start_with}). */
  final int startWith;
  /** Finished jobs wait here until this many have gathered ({@code transfer_batch}); 1 for none. */
  final int transferBatch;
  /** Finished jobs waiting for their batch: in the station, on no server. */
  final IntRingBuffer outbox = new IntRingBuffer();
  final TimeWeighted held = new TimeWeighted();
  final boolean blocksUpstream;
  /** One FIFO queue per priority level (a single level for FIFO stations). */
  final IntRingBuffer[] queues;
  /** Jobs that finished upstream and wait, on their upstream server, for a place here. */
  final IntRingBuffer blockedUpstream = new IntRingBuffer();
  final ContinuousSampler[] serviceByClass;
  final Router[] routerByClass;
  /** Priority level of each job class at this station. */
  final int[] levelOfClass;

  /** Servers occupied: serving, or holding a job blocked after service. */
  int busy;
  int queued;

  final TimeWeighted queueLength = new TimeWeighted();
  final TimeWeighted busyServers = new TimeWeighted();
  final Tally wait = new Tally();
  final Tally timeInStation = new Tally();
  long arrivals;
  long lost;
  long completions;
  /** A rolling station's dice, summed over its rounds, and what it passed on of them. */
  long rolled;
  long moved;

  StationState(
      StationDef def,
      int levels,
      int[] levelOfClass,
      ContinuousSampler[] serviceByClass,
      Router[] routerByClass) {
    this.servers = def.play().rolls() ? 0 : def.servers(); // a rolling station's jobs all wait for a round
    this.capacity = def.capacity();
    this.startWith = def.play().startWith();
    this.transferBatch = def.play().transferBatch();
    this.blocksUpstream = def.whenFull() == WhenFull.BLOCK;
    this.queues = new IntRingBuffer[levels];
    for (int i = 0; i < levels; i++) {
      queues[i] = new IntRingBuffer();
    }
    this.levelOfClass = levelOfClass;
    this.serviceByClass = serviceByClass;
    this.routerByClass = routerByClass;
  }

  /** Jobs here, waiting or holding a server; the number in station is derived, not tracked. */
  int present() {
    return queued + busy;
  }

  boolean isFull() {
    return queued + busy >= capacity;
  }

  /** Removes the next job to serve: the oldest of the most urgent non-empty level. */
  int takeNext() {
    for (IntRingBuffer q : queues) {
      if (!q.isEmpty()) {
        queued--;
        return q.removeFirst();
      }
    }
    throw new IllegalStateException("no job waiting");
  }

  void resetStatistics(double now) {
    queueLength.reset(now);
    held.reset(now);
    busyServers.reset(now);
    wait.reset();
    timeInStation.reset();
    arrivals = 0;
    lost = 0;
    completions = 0;
    rolled = 0;
    moved = 0;
  }
}
