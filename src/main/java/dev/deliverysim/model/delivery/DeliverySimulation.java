package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.EventQueue;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * One replication of the delivery model: the life of every pull request, from the backlog through
 * coding, AI pre-review, human review and gates to deployment, with rework loops.
 *
 * <p>A task's own attributes (effort, AI assistance, defects injected) come from streams read once
 * per task in arrival order, and defects by inversion with one uniform each, so two variants of a
 * scenario see the same work: comparisons use common random numbers by construction.
 */
final class DeliverySimulation {
  private static final int ARRIVAL = 0;
  private static final int PERSON_DONE = 1;
  private static final int MACHINE_DONE = 2;
  private static final int WARMUP_END = 3;
  private static final int HORIZON = 4;
  private static final int INCIDENT_SURFACES = 5;
  private static final int KIND_SHIFT = 28;
  private static final int ID_MASK = (1 << KIND_SHIFT) - 1;

  final DeliveryDef def;
  private final StopRule stop;
  final EventQueue events = new EventQueue();
  final TaskTable tasks = new TaskTable();
  final People people;
  final DeliveryStats stats;
  private final WorkChooser chooser;
  private final Observer observer;

  /** Null for a backlog: no arrivals are scheduled then. */
  private final ContinuousSampler interarrival;
  /** Backlog features not yet broken into tasks; they are materialised as developers need work. */
  private int backlogFeaturesLeft;
  private final ContinuousSampler tasksPerFeature;
  private final ContinuousSampler effort;
  private final UniformRandomProvider assistance;
  private final UniformRandomProvider injection;
  private final UniformRandomProvider detection;
  private final ContinuousSampler[] gateDuration;
  private final UniformRandomProvider flakiness;
  private final UniformRandomProvider incidentOccurrence;
  private final ContinuousSampler incidentDelay;
  private final ContinuousSampler restoreEffort;

  final TaskQueue backlog = new TaskQueue();
  final TaskQueue reviewQueue = new TaskQueue();
  final TaskQueue[] reworkByAuthor;
  final TaskQueue[] gateQueue;
  /** Incidents waiting for someone to restore service, by incident id. */
  final TaskQueue incidentQueue = new TaskQueue();
  private double[] incidentSurfaced = new double[16];
  private int incidents;
  private final int[] machinesBusy;
  private double[] featureArrival = new double[64];
  private int[] featureTasksLeft = new int[64];
  private int features;
  long eventCount;

  DeliverySimulation(DeliveryDef def, StopRule stop, RandomStreams streams) {
    this(def, stop, streams, Observer.NONE);
  }

  DeliverySimulation(DeliveryDef def, StopRule stop, RandomStreams streams, Observer observer) {
    this.observer = observer;
    this.def = def;
    this.stop = stop;
    people = new People(def.teams());
    int gates = def.gates().size();
    stats = new DeliveryStats(DeliveryStats.FIRST_GATE + gates, def.teams().size(), gates);
    chooser = new WorkChooser(this);
    if (def.work().source() instanceof FeatureSource.Arrivals arrivals) {
      interarrival = arrivals.interarrival().sampler(streams.stream("arrivals/features"));
    } else {
      interarrival = null;
      backlogFeaturesLeft = ((FeatureSource.Backlog) def.work().source()).features();
    }
    tasksPerFeature = def.work().tasksPerFeature().sampler(streams.stream("work/tasks-per-feature"));
    effort = def.work().taskEffort().sampler(streams.stream("work/effort"));
    assistance = streams.stream("work/ai-assisted");
    injection = streams.stream("work/defects");
    detection = streams.stream("quality/detection");
    flakiness = streams.stream("gates/flakiness");
    incidentOccurrence = streams.stream("incidents/occurrence");
    incidentDelay = def.incidents().surfacesAfter().sampler(streams.stream("incidents/surfacing"));
    restoreEffort = def.incidents().restore().sampler(streams.stream("incidents/restore"));
    gateDuration = new ContinuousSampler[gates];
    gateQueue = new TaskQueue[gates];
    machinesBusy = new int[gates];
    for (int g = 0; g < gates; g++) {
      GateDef gate = def.gates().get(g);
      gateDuration[g] = gate.duration().sampler(streams.stream("gates/" + gate.name()));
      gateQueue[g] = new TaskQueue();
    }
    reworkByAuthor = new TaskQueue[people.count];
    for (int p = 0; p < people.count; p++) {
      reworkByAuthor[p] = new TaskQueue();
    }
  }

  void run() {
    if (interarrival != null) {
      events.schedule(interarrival.sample(), ARRIVAL << KIND_SHIFT);
    } else {
      dispatch();
    }
    if (stop.warmup() > 0) {
      events.schedule(stop.warmup(), WARMUP_END << KIND_SHIFT);
    }
    events.schedule(stop.horizon(), HORIZON << KIND_SHIFT);
    while (!events.isEmpty()) {
      int event = events.poll();
      eventCount++;
      int id = event & ID_MASK;
      switch (event >>> KIND_SHIFT) {
        case ARRIVAL -> arrive();
        case PERSON_DONE -> finishJob(id);
        case MACHINE_DONE -> finishMachinePass(id);
        case INCIDENT_SURFACES -> surface(id);
        case WARMUP_END -> stats.reset(events.now());
        default -> {
          closeOpenJobs();
          return;
        }
      }
    }
  }

  double now() {
    return events.now();
  }

  private void arrive() {
    double now = events.now();
    events.schedule(now + interarrival.sample(), ARRIVAL << KIND_SHIFT);
    addFeature(now);
    dispatch();
  }

  /**
   * Takes the next feature off the initial backlog when no task is left to start: the backlog
   * was requested at time 0, but its tasks are drawn only when needed, so a large backlog costs
   * nothing up front. Returns false when the backlog is exhausted.
   */
  boolean pullFromBacklog() {
    if (backlogFeaturesLeft == 0) {
      return false;
    }
    backlogFeaturesLeft--;
    addFeature(0);
    return true;
  }

  /** A feature requested at {@code requested}, split into tasks waiting to be coded. */
  private void addFeature(double requested) {
    int feature = newFeature(requested);
    int count = Math.max(1, (int) Math.ceil(tasksPerFeature.sample() - 1e-9));
    featureTasksLeft[feature] = count;
    AiDef ai = def.ai();
    double now = events.now();
    for (int i = 0; i < count; i++) {
      double base = effort.sample();
      boolean assisted = assistance.nextDouble() < ai.adoptionAt(now);
      double size = base * def.work().linesPerHour() * (assisted ? ai.prSize() : 1);
      double meanDefects = size / 1000 * def.quality().defectsPerKloc() * (assisted ? ai.defectInjection() : 1);
      int defects = poisson(meanDefects, injection.nextDouble());
      tasks.create(feature, base * (assisted ? ai.codingEffortAt(now) : 1), size, defects, assisted, now);
      backlog.add(tasks.count - 1);
    }
  }

  private int newFeature(double now) {
    if (features == featureArrival.length) {
      featureArrival = java.util.Arrays.copyOf(featureArrival, features * 2);
      featureTasksLeft = java.util.Arrays.copyOf(featureTasksLeft, features * 2);
    }
    featureArrival[features] = now;
    return features++;
  }

  /** Inversion with one uniform, so a changed mean shifts no later draw. */
  private static int poisson(double mean, double u) {
    return mean <= 0 ? 0 : PoissonDistribution.of(mean).inverseCumulativeProbability(u);
  }

  /** Gives every idle person the next job their policy picks, until nobody idle can start one. */
  void dispatch() {
    boolean started;
    do {
      started = false;
      for (int p = 0; p < people.count; p++) {
        if (people.idle(p) && chooser.startNext(p)) {
          started = true;
        }
      }
    } while (started);
  }

  /** Starts person {@code p} on {@code task}; called by the chooser. */
  void start(int p, Activity activity, int task, double effortHours, int stage) {
    double now = events.now();
    stats.waits[stage].add(now - tasks.readySince[task]);
    people.doing[p] = activity;
    people.task[p] = task;
    people.effort[p] = effortHours;
    people.started[p] = now;
    double duration = effortHours / people.focus[p];
    tasks.touched[task] += duration;
    observer.started(now, p, activity, task, tasks.author[task]);
    events.schedule(now + duration, (PERSON_DONE << KIND_SHIFT) | p);
  }

  private void finishJob(int p) {
    double now = events.now();
    int task = people.task[p];
    Activity activity = people.doing[p];
    recordHours(p, now);
    observer.finished(now, p, activity, task);
    people.doing[p] = null;
    switch (activity) {
      case CODING -> {
        stats.tasksCoded++;
        afterCoding(task);
      }
      case REWORK -> {
        if (tasks.returnTo[task] == TaskTable.BACK_TO_REVIEW) {
          readyForReview(task);
        } else {
          toGate(task, tasks.returnTo[task]);
        }
      }
      case REVIEW -> afterReview(task);
      case TESTING -> afterGate(task, tasks.gate[task]);
      case INCIDENTS -> restored(task);
      default -> throw new IllegalStateException("person " + p + " finished " + activity);
    }
    dispatch();
  }

  private void recordHours(int p, double now) {
    double share = stats.insideWindow(people.started[p], now);
    int team = people.team[p];
    stats.hours[team][people.doing[p].ordinal()] += people.effort[p] * share;
    stats.busyHours[team] += (now - people.started[p]) * share;
  }

  private void afterCoding(int task) {
    AiDef ai = def.ai();
    if (ai.preReview()) {
      int found = found(task, ai.preReviewDetection());
      if (found > 0) {
        stats.defectsFoundByPreReview += found;
        sendBack(task, found, TaskTable.BACK_TO_REVIEW);
        return;
      }
    }
    readyForReview(task);
  }

  private void readyForReview(int task) {
    double now = events.now();
    if (Double.isNaN(tasks.firstReadyForReview[task])) {
      tasks.firstReadyForReview[task] = now;
    }
    tasks.readySince[task] = now;
    reviewQueue.add(task);
  }

  private void afterReview(int task) {
    stats.reviewsDone++;
    tasks.reviews[task]++;
    int found = found(task, def.review().detectionFor(tasks.lines[task]));
    if (found > 0) {
      stats.reviewsWithChanges++;
      sendBack(task, found, TaskTable.BACK_TO_REVIEW);
      return;
    }
    stats.reviewTime.add(events.now() - tasks.firstReadyForReview[task]);
    toGate(task, 0);
  }

  /** Found defects are removed and their fix goes to the author's own queue. */
  private void sendBack(int task, int found, int returnTo) {
    tasks.latentDefects[task] -= found;
    tasks.pendingRework[task] = found * def.quality().reworkHoursPerDefect();
    tasks.returnTo[task] = returnTo;
    tasks.readySince[task] = events.now();
    reworkByAuthor[tasks.author[task]].add(task);
  }

  /** How many of the task's latent defects a check with per-defect probability {@code p} finds. */
  private int found(int task, double p) {
    int found = 0;
    for (int d = tasks.latentDefects[task]; d > 0; d--) {
      if (detection.nextDouble() < p) {
        found++;
      }
    }
    return found;
  }

  private void toGate(int task, int g) {
    if (g == def.gates().size()) {
      deploy(task);
      return;
    }
    tasks.gate[task] = g;
    tasks.readySince[task] = events.now();
    GateDef gate = def.gates().get(g);
    if (gate.automated() && machinesBusy[g] < gate.machines()) {
      startMachinePass(task, g);
    } else {
      gateQueue[g].add(task);
    }
  }

  private void startMachinePass(int task, int g) {
    double now = events.now();
    stats.waits[DeliveryStats.FIRST_GATE + g].add(now - tasks.readySince[task]);
    machinesBusy[g]++;
    double duration = gateDuration[g].sample();
    tasks.touched[task] += duration;
    tasks.passStarted[task] = now;
    events.schedule(now + duration, (MACHINE_DONE << KIND_SHIFT) | task);
  }

  private void finishMachinePass(int task) {
    double now = events.now();
    int g = tasks.gate[task];
    machinesBusy[g]--;
    double started = tasks.passStarted[task];
    stats.machineHours[g] += (now - started) * stats.insideWindow(started, now);
    tasks.passStarted[task] = Double.NaN;
    if (!gateQueue[g].isEmpty()) {
      startMachinePass(gateQueue[g].removeAt(0), g);
    }
    if (flakiness.nextDouble() < def.gates().get(g).flakiness()) {
      stats.flakyReruns++;
      toGate(task, g);
    } else {
      afterGate(task, g);
    }
    dispatch();
  }

  /** Duration of one tester's pass at gate {@code g}; called by the chooser. */
  double testingEffort(int g) {
    return gateDuration[g].sample();
  }

  private void afterGate(int task, int g) {
    int found = found(task, def.gates().get(g).detection());
    if (found > 0) {
      sendBack(task, found, g);
    } else {
      toGate(task, g + 1);
    }
  }

  private void deploy(int task) {
    double now = events.now();
    people.openPrs[tasks.author[task]]--;
    stats.prsMerged++;
    int escaped = tasks.latentDefects[task];
    stats.escapedDefects += escaped;
    if (escaped > 0) {
      stats.changeFailures++;
    }
    IncidentsDef production = def.incidents();
    for (int d = 0; d < escaped && production.modelled(); d++) {
      if (incidentOccurrence.nextDouble() < production.perEscapedDefect()) {
        events.schedule(now + incidentDelay.sample(), (INCIDENT_SURFACES << KIND_SHIFT) | newIncident());
      }
    }
    double cycle = now - tasks.codingStarted[task];
    stats.cycleTime.add(cycle);
    stats.cycleTimeTally.add(cycle);
    stats.touchedOfMerged += tasks.touched[task];
    stats.cycleOfMerged += cycle;
    stats.wip.add(now, -1);
    int feature = tasks.feature[task];
    boolean featureDone = --featureTasksLeft[feature] == 0;
    observer.deployed(now, task, feature, featureDone);
    if (featureDone) {
      stats.featuresDelivered++;
      double lead = now - featureArrival[feature];
      stats.leadTime.add(lead);
      stats.leadTimeTally.add(lead);
    }
  }

  private int newIncident() {
    if (incidents == incidentSurfaced.length) {
      incidentSurfaced = java.util.Arrays.copyOf(incidentSurfaced, incidents * 2);
    }
    return incidents++;
  }

  /** An escaped defect shows in production: restoring service waits for the next free coder. */
  private void surface(int incident) {
    double now = events.now();
    incidentSurfaced[incident] = now;
    stats.incidents++;
    incidentQueue.add(incident);
    dispatch();
  }

  /** Starts person {@code p} restoring service after {@code incident}; called by the chooser. */
  void startIncident(int p, int incident) {
    double now = events.now();
    double effortHours = restoreEffort.sample();
    people.doing[p] = Activity.INCIDENTS;
    people.task[p] = incident;
    people.effort[p] = effortHours;
    people.started[p] = now;
    observer.started(now, p, Activity.INCIDENTS, incident, TaskTable.NO_ONE);
    events.schedule(now + effortHours / people.focus[p], (PERSON_DONE << KIND_SHIFT) | p);
  }

  /** Time to restore: from the incident surfacing to service restored, waiting included. */
  private void restored(int incident) {
    if (incidentSurfaced[incident] >= stats.windowStart) {
      double ttr = events.now() - incidentSurfaced[incident];
      stats.timeToRestore.add(ttr);
      stats.timeToRestoreTally.add(ttr);
    }
  }

  /** At the horizon, count the part of every job still running that fell inside the window. */
  private void closeOpenJobs() {
    double now = events.now();
    for (int p = 0; p < people.count; p++) {
      if (!people.idle(p)) {
        double length = now - people.started[p];
        double planned = people.effort[p] / people.focus[p];
        // the part of the job done so far; a zero-effort job (planned 0) has no hours to book
        double done = planned > 0 ? length / planned : 0;
        double share = stats.insideWindow(people.started[p], now);
        int team = people.team[p];
        stats.hours[team][people.doing[p].ordinal()] += people.effort[p] * done * share;
        stats.busyHours[team] += length * share;
      }
    }
    for (int task = 0; task < tasks.count; task++) {
      double started = tasks.passStarted[task];
      if (!Double.isNaN(started)) {
        stats.machineHours[tasks.gate[task]] += now - Math.max(started, stats.windowStart);
      }
    }
  }

  List<TeamDef> teams() {
    return def.teams();
  }
}
