package dev.deliverysim.model;

import dev.deliverysim.engine.IntRingBuffer;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.StreamName;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The rounds of a game such as Goldratt's dice game: which stations roll a die each round, in the
 * line's order, and their dice. Round k (k = 1, 2, …) is played at time k − ½ hours, so a horizon
 * of n hours holds exactly n rounds and a rate per hour is a rate per round. Each station's die is
 * its own stream, {@code die/<station>}, so adding a station changes no one else's rolls.
 */
final class Rounds {
  static final double FIRST = 0.5;

  private final int[] players;
  private final int[] min;
  private final int[] span;
  private final UniformRandomProvider[] dice;

  private Rounds(int[] players, int[] min, int[] span, UniformRandomProvider[] dice) {
    this.players = players;
    this.min = min;
    this.span = span;
    this.dice = dice;
  }

  /** The network's rounds, or null when no station rolls (an ordinary network: nothing changes). */
  static Rounds of(NetworkDef network, RandomStreams streams) {
    List<StationDef> stations = network.stations();
    List<Integer> rolling = new ArrayList<>();
    for (int s = 0; s < stations.size(); s++) {
      if (stations.get(s).play().rolls()) {
        rolling.add(s);
      }
    }
    if (rolling.isEmpty()) {
      return null;
    }
    int n = stations.size();
    int[] min = new int[n];
    int[] span = new int[n];
    UniformRandomProvider[] dice = new UniformRandomProvider[n];
    for (int s : rolling) {
      StationDef.Play play = stations.get(s).play();
      min[s] = play.movesMin();
      span[s] = play.movesMax() - play.movesMin() + 1;
      dice[s] = streams.stream(StreamName.of("die").named(stations.get(s).name()));
    }
    return new Rounds(rolling.stream().mapToInt(Integer::intValue).toArray(), min, span, dice);
  }

  /** The rolling stations, in the line's (the file's) order. */
  int[] players() {
    return players;
  }

  /** This round's roll of station {@code s}: a whole number from its min to its max. */
  int roll(int s) {
    return min[s] + dice[s].nextInt(span[s]);
  }

  /**
   * Plays one round: each rolling station in the line's order rolls its die and passes on up to
   * the roll of what it holds, so what one passes on can move on in the same round (as in The
   * Goal). A rope's gate stops early once the rope is taut: as many jobs as its buffer released and
   * not yet past the drum. True when the run's job limit was reached (the run stops).
   */
  boolean play(NetworkSimulation sim, double now, long jobLimit) {
    Rope rope = sim.rope;
    for (int index : players) {
      StationState s = sim.station(index);
      int roll = roll(index);
      s.rolled += roll;
      int moved = 0;
      while (moved < roll && s.queued > 0 && (index != rope.gate() || sim.jobs.roped() < rope.buffer())
          && passOn(sim, s, index, now)) {
        moved++;
      }
      s.moved += moved;
      if (sim.departures >= jobLimit) {
        return true;
      }
    }
    return false;
  }

  /**
   * Passes the next job of a rolling station on; false when the next station is full and blocks
   * (the job stays, first in line: the queue turns once round to put it back).
   */
  private static boolean passOn(NetworkSimulation sim, StationState s, int index, double now) {
    JobTable jobs = sim.jobs;
    int job = s.takeNext();
    int target = s.routerByClass[jobs.jobClass[job]].next();
    if (target != Router.EXIT && target != index && sim.station(target).isFull() && sim.station(target).blocksUpstream) {
      IntRingBuffer queue = s.queues[s.levelOfClass[jobs.jobClass[job]]];
      int behind = queue.size();
      queue.addLast(job);
      for (int i = 0; i < behind; i++) {
        queue.addLast(queue.removeFirst());
      }
      s.queued++;
      return false;
    }
    if (index == sim.rope.drum()) {
      jobs.untie(job); // past the drum: the rope lets the gate release one more
    }
    if (index == sim.rope.gate() && target != index) {
      jobs.tie(job); // released: it counts against the rope until it passes the drum
    }
    double w = now - jobs.stationArrival[job];
    s.wait.add(w);
    jobs.waited[job] += w;
    s.queueLength.set(now, s.queued);
    s.completions++;
    s.timeInStation.add(now - jobs.stationArrival[job]);
    if (target == Router.EXIT) {
      sim.leaveNetwork(job, now);
    } else if (target == index) {
      s.arrivals++;
      jobs.stationArrival[job] = now;
      s.queues[s.levelOfClass[jobs.jobClass[job]]].addLast(job);
      s.queued++;
      s.queueLength.set(now, s.queued);
      MoveTrace.at(sim.moves, now, job, index, false);
    } else if (sim.station(target).isFull()) {
      sim.station(target).arrivals++;
      sim.station(target).lost++;
      sim.lost++;
      sim.gone(job, now);
    } else {
      sim.enter(job, target, now);
    }
    if (!s.blockedUpstream.isEmpty()) { // a place freed here: one job blocked upstream comes in
      int blocked = s.blockedUpstream.removeFirst();
      sim.leaveStation(blocked, jobs.station[blocked], now);
      sim.enter(blocked, index, now);
    }
    return true;
  }
}
