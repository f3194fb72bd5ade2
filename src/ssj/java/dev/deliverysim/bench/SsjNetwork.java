package dev.deliverysim.bench;

import java.util.LinkedList;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * The bench workloads written as an SSJ user would write them: the event view of SSJ's own
 * {@code QueueEv} tutorial, generalised from one M/M/1 to a series of M/M/c stations. Poisson
 * arrivals at rate λ enter the first station; each station has c exponential servers (rate μ) and
 * a FIFO {@link LinkedList} queue; a job leaves the network after the last station.
 *
 * <p>Why this shape: the comparison should time SSJ as it is used, not a tuned rewrite. So, as
 * in {@code QueueEv}, every arrival and every service completion is a fresh {@link Event} subclass
 * scheduled on the {@link Simulator}'s default event list, random numbers come from
 * {@link MRG32k3a} streams through {@link ExponentialGen}, and statistics are SSJ's own:
 * per station a {@link Tally} of waits and {@link Accumulate}s of queue length and busy servers,
 * and for the network a {@link Tally} of sojourn times. That is the same set of statistics
 * deliverysim keeps per event (it keeps a few more). Events are counted as deliverysim counts
 * them: one per arrival to the network plus one per service completion. The run stops at the
 * completion that takes the number of jobs that have left the network to {@code maxJobs}.
 *
 * <p>One instance is one run: build it, call {@link #run()} once.
 */
final class SsjNetwork {
  /** Not named {@code sim}: {@link Event} has a protected field of that name, which would shadow it. */
  private final Simulator simulator = new Simulator();
  private final ExponentialGen genArr;
  private final Station[] stations;
  private final Tally sojourns = new Tally("Sojourn times");
  private final long maxJobs;
  private long departures;
  private long events;

  SsjNetwork(Workload workload, long maxJobs) {
    this.maxJobs = maxJobs;
    this.genArr = new ExponentialGen(new MRG32k3a(), workload.lambda);
    this.stations = new Station[workload.stations];
    for (int i = stations.length - 1; i >= 0; i--) {
      Station next = i + 1 < stations.length ? stations[i + 1] : null;
      stations[i] = new Station(workload.servers, new ExponentialGen(new MRG32k3a(), Workload.MU), next);
    }
  }

  /** Runs to the stop and times it, from initialising the simulator to its stop. */
  Measurement run() {
    long t0 = System.nanoTime();
    simulator.init();
    sojourns.init();
    for (Station s : stations) {
      s.init();
    }
    new Arrival().schedule(genArr.nextDouble());
    simulator.start();
    long nanos = System.nanoTime() - t0;
    return new Measurement(events, nanos, sojourns.average());
  }

  /** A job in the network. */
  private static final class Customer {
    final double systemArrival;
    double stationArrival;

    Customer(double systemArrival) {
      this.systemArrival = systemArrival;
    }
  }

  /** One M/M/c station: its servers, FIFO queue and statistics. */
  private final class Station {
    final int servers;
    final ExponentialGen genServ;
    final Station next;
    final LinkedList<Customer> waitList = new LinkedList<>();
    final Tally waits = new Tally("Waiting times");
    final Accumulate queueLength = new Accumulate(simulator, "Queue length");
    final Accumulate busyServers = new Accumulate(simulator, "Busy servers");
    int busy;

    Station(int servers, ExponentialGen genServ, Station next) {
      this.servers = servers;
      this.genServ = genServ;
      this.next = next;
    }

    void init() {
      waitList.clear();
      busy = 0;
      waits.init();
      queueLength.init(0);
      busyServers.init(0);
    }

    void arrive(Customer cust) {
      cust.stationArrival = simulator.time();
      if (busy < servers) {
        busy++;
        busyServers.update(busy);
        startService(cust);
      } else {
        waitList.addLast(cust);
        queueLength.update(waitList.size());
      }
    }

    /** A server is free again: it takes the head of the queue, or goes idle. */
    void serverFreed() {
      if (waitList.isEmpty()) {
        busy--;
        busyServers.update(busy);
      } else {
        Customer cust = waitList.removeFirst();
        queueLength.update(waitList.size());
        startService(cust);
      }
    }

    private void startService(Customer cust) {
      waits.add(simulator.time() - cust.stationArrival);
      new Departure(this, cust).schedule(genServ.nextDouble());
    }
  }

  /** A job arrives from outside; the next arrival is scheduled first, as in {@code QueueEv}. */
  private final class Arrival extends Event {
    Arrival() {
      super(simulator);
    }

    @Override
    public void actions() {
      events++;
      new Arrival().schedule(genArr.nextDouble());
      stations[0].arrive(new Customer(simulator.time()));
    }
  }

  /** A service completion: the job moves on to the next station or leaves the network. */
  private final class Departure extends Event {
    private final Station station;
    private final Customer cust;

    Departure(Station station, Customer cust) {
      super(simulator);
      this.station = station;
      this.cust = cust;
    }

    @Override
    public void actions() {
      events++;
      station.serverFreed();
      if (station.next != null) {
        station.next.arrive(cust);
        return;
      }
      sojourns.add(simulator.time() - cust.systemArrival);
      if (++departures >= maxJobs) {
        simulator.stop();
      }
    }
  }
}
