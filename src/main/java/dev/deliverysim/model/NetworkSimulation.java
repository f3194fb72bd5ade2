package dev.deliverysim.model;

import dev.deliverysim.engine.EventHandler;
import dev.deliverysim.engine.EventLoop;
import dev.deliverysim.engine.RunWatch;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.StreamName;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * One replication of an open queueing network: its mutable state and what each event does to it.
 *
 * <p>An event is an int: a job id (≥ 0) is that job's service completion; {@code -(k + 1)} is the
 * next arrival of job class k. The engine's {@link EventLoop} runs it, with the warm-up end, the
 * horizon and the snapshots; the {@link EventHandler} methods are for that loop alone. Nothing is
 * allocated per event: jobs live in {@link JobTable}'s arrays, queues are int rings and
 * statistics are streaming. Random streams are named {@code arrivals/<class>},
 * {@code entry/<class>}, {@code service/<station>/<class>} and {@code routing/<station>/<class>},
 * so a station or class added elsewhere changes no one else's draws.
 */
public final class NetworkSimulation implements EventHandler {
  private final StopRule stop;
  private final long maxJobs;
  private final EventLoop events = new EventLoop(256);
  final JobTable jobs = new JobTable(256);
  private final StationState[] stations;
  private final ContinuousSampler[] interarrival;
  private final Router[] entry;
  private final int classCount;
  private final List<String> stationNames;
  /** The game's rounds (null without a rolling station): who rolls, in the line's order, and their dice. */
  private final Rounds rounds;
  /** Drum-buffer-rope: what the gate may release ({@link Rope#NONE} without one). */
  final Rope rope;
  /** The stations passing work on in batches (null without any): the penny game. */
  private final TransferBatches batches;
  /** Arrivals scheduled and not yet come: while any is pending, more work may still come. */
  private int pendingArrivals;
  /** What the jobs that left measured: times in system and waiting, first and last out. */
  final JobTallies tallies;
  long arrivals;
  long departures;
  long lost;
  /** Arrivals and service completions, once {@link #run} has returned. */
  long eventCount;
  /** The warm-up is over (or there is none): statistics and the job limit count from here. */
  private boolean measuring;
  /** Arrivals, departures and losses before the warm-up ended, for the timeline's running totals. */
  private long arrivalsBefore;
  private long departuresBefore;
  private long lostBefore;
  /** Records the trajectory when a timeline is asked for; null otherwise (the usual case). */
  private TimelineRecorder timeline;
  /** Records every item's moves when a replay is asked for; null otherwise (the usual case). */
  MoveTrace moves;

  public NetworkSimulation(NetworkDef network, StopRule stop, RandomStreams streams) {
    this.stop = stop;
    maxJobs = stop.maxJobs() > 0 ? stop.maxJobs() : Long.MAX_VALUE;
    stationNames = network.stations().stream().map(StationDef::name).toList();
    List<JobClassDef> classes = network.jobClasses();
    classCount = classes.size();
    interarrival = new ContinuousSampler[classCount];
    entry = new Router[classCount];
    tallies = new JobTallies(classCount);
    for (int k = 0; k < classCount; k++) {
      JobClassDef c = classes.get(k);
      interarrival[k] = c.interarrival().sampler(streams.stream(StreamName.of("arrivals").named(c.name())));
      entry[k] = new Router(c.entry(), streams.stream(StreamName.of("entry").named(c.name())));
    }
    stations = StationState.all(network, streams);
    rope = network.rope();
    rounds = Rounds.of(network, streams);
    batches = TransferBatches.of(network, this);
  }

  /**
   * Records this replication's timeline, snapshots every {@code interval} hours; call before
   * {@link #run}. Snapshots change nothing, so the trajectory stays the same.
   */
  TimelineRecorder recordTimeline(double interval) {
    List<Timeline.State> states = new java.util.ArrayList<>();
    for (String station : stationNames) {
      states.add(Timeline.State.queue(station));
      states.add(Timeline.State.active(station, station));
    }
    timeline = new TimelineRecorder("job", "job", states, interval, stop.horizon());
    for (int k = 0; k < timeline.snapshots(); k++) {
      events.snapshotAt(timeline.time(k));
    }
    return timeline;
  }

  /** Records every item's moves; call before {@link #run}. Recording changes no draw. */
  MoveTrace traceMoves() {
    int[] servers = new int[stations.length];
    for (int s = 0; s < stations.length; s++) {
      servers[s] = stations[s].servers == StationDef.UNLIMITED ? -1 : stations[s].servers;
    }
    moves = new MoveTrace(stationNames, servers);
    return moves;
  }

  @Override
  public void snapshot(double now) {
    double[] counts = new double[2 * stations.length];
    for (int s = 0; s < stations.length; s++) {
      counts[2 * s] = stations[s].queued + stations[s].outbox.size(); // waiting to start, or for their batch
      counts[2 * s + 1] = stations[s].busy;
    }
    timeline.snapshot(counts, arrivalsBefore + arrivals, departuresBefore + departures + lostBefore + lost,
        departuresBefore + departures);
  }

  /** Lets {@code watch} look on while the replication runs; call before {@link #run}. */
  public void watch(RunWatch watch) {
    events.watch(watch);
  }

  /** Jobs arrived and not yet gone, as the timeline counts them. */
  @Override
  public long inSystem() {
    return arrivalsBefore + arrivals - (departuresBefore + departures + lostBefore + lost);
  }

  /** Runs the replication to its stop rule; call once. */
  public void run() {
    startWithStock();
    if (rounds != null) {
      events.schedule(Rounds.FIRST, roundEvent());
    }
    for (int k = 0; k < classCount; k++) {
      scheduleArrival(k, 0);
    }
    measuring = stop.warmup() == 0; // the job limit counts departures after the warm-up only
    events.run(this, stop.warmup(), stop.horizon(), stop.drain());
    eventCount = events.fired();
  }

  /** A service completion (a job id) or the next arrival of a class ({@code -(k + 1)}). */
  @Override
  public void fire(int event) {
    if (event >= 0) {
      completeService(event);
      if (batches != null && pendingArrivals == 0) {
        batches.releaseStranded(events.now());
      }
      if (measuring && departures >= maxJobs) {
        events.stop();
      }
    } else if (event == roundEvent()) {
      playRound();
    } else {
      arrive(-event - 1);
      if (batches != null && pendingArrivals == 0) {
        batches.releaseStranded(events.now());
      }
    }
  }

  /** The payload of a round, after those of the classes' arrivals. */
  private int roundEvent() {
    return -(classCount + 1);
  }

  /** Jobs of the first class a station holds at time 0 ({@code start_with}); they count as arrivals. */
  private void startWithStock() {
    for (int s = 0; s < stations.length; s++) {
      for (int i = 0; i < stations[s].startWith; i++) {
        arrivals++;
        enter(jobs.create(0, 0), s, 0);
      }
    }
  }

  /** One round of the game ({@link Rounds#play}); the next an hour later, after the horizon only while draining. */
  private void playRound() {
    double now = events.now();
    if (rounds.play(this, now, measuring ? maxJobs : Long.MAX_VALUE)) {
      events.stop();
      return;
    }
    double next = now + 1;
    if (next < stop.horizon() || (stop.drain() && jobs.live() > 0)) {
      events.schedule(next, roundEvent());
    }
  }

  @Override
  public void warmupEnded(double now) {
    resetStatistics();
  }

  /** Nothing to close: without draining the run just ends, with it the network empties first. */
  @Override
  public void horizonReached(double now) {}

  public double now() {
    return events.now();
  }

  StationState station(int index) {
    return stations[index];
  }

  int stationCount() {
    return stations.length;
  }

  int jobsInNetwork() {
    return jobs.live();
  }

  /**
   * Time-average number of jobs in the network. Every job is at some station, waiting or holding
   * a server, so this is the sum of the stations' averages; no separate accumulator is kept.
   */
  double meanJobsInNetwork() {
    double now = events.now();
    double sum = 0;
    for (StationState s : stations) {
      sum += s.queueLength.mean(now) + s.busyServers.mean(now);
      if (s.transferBatch > 1) {
        sum += s.held.mean(now);
      }
    }
    return sum;
  }

  /** Arrivals past the horizon are never scheduled, so a draining run ends when the network empties. */
  private void scheduleArrival(int k, double now) {
    double next = now + interarrival[k].sample();
    if (next <= stop.horizon()) {
      events.schedule(next, -(k + 1));
      pendingArrivals++;
    }
  }

  private void arrive(int k) {
    pendingArrivals--;
    double now = events.now();
    scheduleArrival(k, now);
    int target = entry[k].next();
    if (target == Router.EXIT) {
      return;
    }
    arrivals++;
    StationState s = stations[target];
    if (s.isFull()) {
      s.arrivals++;
      s.lost++;
      lost++;
      return;
    }
    int job = jobs.create(k, now);
    enter(job, target, now);
  }

  void enter(int job, int index, double now) {
    StationState s = stations[index];
    s.arrivals++;
    jobs.station[job] = index;
    jobs.stationArrival[job] = now;
    if (s.busy < s.servers) {
      s.busy++;
      s.busyServers.set(now, s.busy);
      startService(job, s, now);
    } else {
      s.queues[s.levelOfClass[jobs.jobClass[job]]].addLast(job);
      s.queued++;
      s.queueLength.set(now, s.queued);
      MoveTrace.at(moves, now, job, index, false);
    }
  }

  /** Starts serving {@code job} on a server the caller has already counted as busy. */
  void startService(int job, StationState s, double now) {
    double w = now - jobs.stationArrival[job];
    s.wait.add(w);
    jobs.waited[job] += w;
    MoveTrace.at(moves, now, job, jobs.station[job], true);
    events.schedule(now + s.serviceByClass[jobs.jobClass[job]].sample(), job);
  }

  private void completeService(int job) {
    double now = events.now();
    int from = jobs.station[job];
    StationState s = stations[from];
    s.completions++;
    if (from == rope.drum()) {
      jobs.untie(job); // past the drum: the rope lets the gate release one more
    }
    if (s.transferBatch > 1) {
      MoveTrace.at(moves, now, job, from, false); // done, waiting for its batch
      batches.hold(job, from, now);
      return;
    }
    int target = s.routerByClass[jobs.jobClass[job]].next();
    if (target == Router.EXIT) {
      leaveStation(job, from, now);
      leaveNetwork(job, now);
      return;
    }
    if (target == from) {
      rejoin(job, s, now);
      return;
    }
    StationState t = stations[target];
    if (t.isFull()) {
      if (t.blocksUpstream) {
        t.blockedUpstream.addLast(job); // keeps its server here until a place frees there
        return;
      }
      t.arrivals++;
      t.lost++;
      lost++;
      leaveStation(job, from, now);
      gone(job, now);
      return;
    }
    leaveStation(job, from, now);
    enter(job, target, now);
  }

  /**
   * Feedback to the same station: the visit ends and the job joins the back of the queue, but it
   * keeps its place — giving the place up first would let a job blocked upstream take it and
   * overfill the station. The server takes whoever is next (possibly the same job).
   */
  private void rejoin(int job, StationState s, double now) {
    s.timeInStation.add(now - jobs.stationArrival[job]);
    s.arrivals++;
    jobs.stationArrival[job] = now;
    s.queues[s.levelOfClass[jobs.jobClass[job]]].addLast(job);
    s.queued++;
    MoveTrace.at(moves, now, job, jobs.station[job], false);
    startService(s.takeNext(), s, now);
  }

  /**
   * Frees the job's place and server, hands the server to the next job waiting there (the busy
   * count then does not change, so it is not re-recorded), and admits one job blocked upstream.
   */
  void leaveStation(int job, int index, double now) {
    StationState s = stations[index];
    s.timeInStation.add(now - jobs.stationArrival[job]);
    if (s.queued > 0) {
      int next = s.takeNext();
      s.queueLength.set(now, s.queued);
      startService(next, s, now);
    } else {
      s.busy--;
      s.busyServers.set(now, s.busy);
    }
    if (!s.blockedUpstream.isEmpty()) {
      int blocked = s.blockedUpstream.removeFirst();
      leaveStation(blocked, jobs.station[blocked], now);
      enter(blocked, index, now);
    }
  }

  void leaveNetwork(int job, double now) {
    int k = jobs.jobClass[job];
    double timeInSystem = now - jobs.systemArrival[job];
    tallies.left(k, timeInSystem, jobs.waited[job], now);
    departures++;
    if (timeline != null) {
      timeline.finished(now, timeInSystem);
    }
    gone(job, now);
  }

  /** The job leaves the network (finished or lost): its id is free again. */
  void gone(int job, double now) {
    MoveTrace.gone(moves, now, job);
    jobs.release(job);
  }

  private void resetStatistics() {
    double now = events.now();
    measuring = true;
    tallies.reset(now);
    arrivalsBefore += arrivals;
    departuresBefore += departures;
    lostBefore += lost;
    arrivals = 0;
    departures = 0;
    lost = 0;
    for (StationState s : stations) {
      s.resetStatistics(now);
    }
  }
}
