package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import java.util.BitSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The gates after review, at run time: a PR waits at a gate's queue, passes on a machine, through
 * a pure delay or with a person who has the gate's skill, and goes on to the next gate — or back
 * to its author with what the gate found, or round again when a flaky pass fails.
 */
final class GateLine {
  private final DeliverySimulation sim;
  private final TaskTable tasks;
  /** Per gate: the PRs waiting for it. */
  final TaskQueue[] queues;
  /** Per gate: passes under way on its machines, or through it for a pure delay. */
  final int[] busy;
  private final boolean[] delayGate;
  private final ContinuousSampler[] duration;
  private final UniformRandomProvider[] durationStreams;
  private final UniformRandomProvider flakiness;
  /** Per gate: whether an assistant's side PR passes it untouched. */
  private final boolean[] sideSkips;
  /** Per gate charging per task or feature: the tasks and features charged a pass, the PRs that came. */
  private final BitSet[] chargedTasks;
  private final BitSet[] arrived;
  private final BitSet[] chargedFeatures;
  /** Per gate: PRs smaller than this many changed lines pass it untouched. */
  private final double[] skipBelow;

  GateLine(DeliverySimulation sim, RandomStreams streams) {
    this.sim = sim;
    this.tasks = sim.tasks;
    int gates = sim.def.gates().size();
    queues = new TaskQueue[gates];
    busy = new int[gates];
    delayGate = new boolean[gates];
    sideSkips = new boolean[gates];
    skipBelow = new double[gates];
    duration = new ContinuousSampler[gates];
    durationStreams = new UniformRandomProvider[gates];
    chargedTasks = new BitSet[gates];
    arrived = new BitSet[gates];
    chargedFeatures = new BitSet[gates];
    flakiness = streams.stream(DeliveryStreams.FLAKINESS);
    for (int g = 0; g < gates; g++) {
      GateDef gate = sim.def.gates().get(g);
      delayGate[g] = gate.delay();
      durationStreams[g] = streams.stream(DeliveryStreams.gate(gate.name()));
      chargedTasks[g] = new BitSet();
      arrived[g] = new BitSet();
      chargedFeatures[g] = new BitSet();
      queues[g] = new TaskQueue();
    }
    follow(sim.def);
  }

  /**
   * A phase began: gates take, skip and find what {@code next} says from now on, their durations
   * drawn from the same streams. Which gates there are, and what serves them, never changes.
   */
  void follow(DeliveryDef next) {
    for (int g = 0; g < duration.length; g++) {
      GateDef gate = next.gates().get(g);
      sideSkips[g] = next.ai().sidePrs().skipGates().contains(gate.name());
      skipBelow[g] = gate.skipBelowLines();
      duration[g] = gate.duration().sampler(durationStreams[g]);
    }
  }

  void toGate(int task, int g) {
    if (g == sim.def.gates().size()) {
      sim.release.afterLastGate(task);
      return;
    }
    if ((tasks.side(task) && sideSkips[g]) || tasks.lines(task) < skipBelow[g]) {
      toGate(task, g + 1); // an assistant's side PR, or a PR too small, that this gate does not check
      return;
    }
    if (chargedAlready(task, g)) {
      afterGate(task, g); // its task or feature had its pass: a check in no time
      return;
    }
    tasks.setGate(task, g);
    tasks.setReadySince(task, sim.now());
    GateDef gate = sim.def.gates().get(g);
    if (gate.delay() || (gate.automated() && busy[g] < gate.machines())) {
      startPass(task, g);
    } else {
      queues[g].add(task);
      sim.observer.waiting(sim.now(), task, DeliveryDef.FIRST_GATE + g);
    }
  }

  /**
   * Whether the gate charges per task or feature and {@code task} (a PR) arrives for the first time
   * after another PR of its task or feature took the pass: it is then checked in no time. A PR that
   * comes back (after rework, or a flaky run) is tested again, a pass of its own.
   */
  private boolean chargedAlready(int task, int g) {
    GateDef.Per per = sim.def.gates().get(g).per();
    if (per == GateDef.Per.PR || arrived[g].get(task)) {
      return false;
    }
    arrived[g].set(task);
    int feature = tasks.feature(task);
    boolean byFeature = per == GateDef.Per.FEATURE && feature != WorkIntake.NO_FEATURE;
    BitSet charged = byFeature ? chargedFeatures[g] : chargedTasks[g];
    int key = byFeature ? feature : tasks.taskOf(task);
    if (charged.get(key)) {
      return true;
    }
    charged.set(key);
    return false;
  }

  /**
   * The deployed PR {@code pr} and, unless {@link TaskTable#NO_ONE}, its done task and delivered
   * feature are forgotten by every gate, so that the new work that takes their numbers starts
   * uncharged.
   */
  void forget(int pr, int task, int feature) {
    for (int g = 0; g < arrived.length; g++) {
      arrived[g].clear(pr);
      if (task != TaskTable.NO_ONE) {
        chargedTasks[g].clear(task);
      }
      if (feature != TaskTable.NO_ONE) {
        chargedFeatures[g].clear(feature);
      }
    }
  }

  /** A pass on one of the gate's machines, or through a pure delay: nobody is busy. */
  private void startPass(int task, int g) {
    double now = sim.now();
    sim.stats.recordWait(DeliveryDef.FIRST_GATE + g, tasks.readySince(task), now);
    busy[g]++;
    double length = duration[g].sample();
    tasks.setTouched(task, tasks.touched(task) + length);
    sim.stats.jobs[DeliveryDef.FIRST_GATE + g].add(length);
    tasks.setPassStarted(task, now);
    sim.observer.passing(now, task, DeliveryDef.FIRST_GATE + g);
    sim.schedule(DeliverySimulation.MACHINE_DONE, now + length, task);
  }

  void finishPass(int task) {
    double now = sim.now();
    int g = tasks.gate(task);
    busy[g]--;
    double started = tasks.passStarted(task);
    sim.stats.machineHours[g] += (now - started) * sim.stats.insideWindow(started, now);
    tasks.setPassStarted(task, Double.NaN);
    if (!delayGate[g] && !queues[g].isEmpty()) {
      startPass(queues[g].removeAt(0), g);
    }
    if (flakiness.nextDouble() < sim.def.gates().get(g).flakiness()) {
      sim.stats.count(Count.FLAKY_RERUNS);
      toGate(task, g);
    } else {
      afterGate(task, g);
    }
    sim.dispatch();
  }

  /** Starts person {@code p} on a pass of {@code task} at people-served gate {@code g}; called by the chooser. */
  void startGate(int p, int g, int task) {
    sim.people.setGate(p, g);
    sim.start(p, Activity.GATE, task, duration[g].sample(), DeliveryDef.FIRST_GATE + g);
  }

  void afterGate(int task, int g) {
    int found = sim.defects.found(task, sim.def.gates().get(g).detection());
    if (found > 0) {
      sim.defects.sendBack(task, found, g);
    } else {
      toGate(task, g + 1);
    }
  }
}
