package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.EventHandler;
import dev.deliverysim.engine.EventLoop;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.model.TimelineRecorder;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * One replication of the delivery model: the life of every pull request, from the backlog through
 * coding, AI pre-review, human review and gates to deployment, with rework loops.
 *
 * <p>A task's own attributes (effort, AI assistance, defects injected) come from streams read once
 * per task in arrival order, and defects by inversion with one uniform each, so two variants of a
 * scenario see the same work: comparisons use common random numbers by construction.
 */
final class DeliverySimulation implements EventHandler {
  /**
   * Event kinds ({@code kind << KIND_SHIFT | id}); 3 and 4 were the marks the engine now brings.
   * Parts of the simulation schedule their events with {@link #schedule}.
   */
  static final int ARRIVAL = 0;
  static final int PERSON_DONE = 1;
  static final int MACHINE_DONE = 2;
  static final int INCIDENT_SURFACES = 5;
  static final int TRAIN_DEPARTS = 6;
  static final int SPRINT_PLANNING = 7;
  static final int REVIEW_SESSION = 8;
  static final int AI_PR_SHOWN = 9;
  static final int BUG_REPORTED = 10;
  static final int PHASE_BEGINS = 11;
  private static final int KIND_SHIFT = 28;
  private static final int ID_MASK = (1 << KIND_SHIFT) - 1;

  /** What the organisation does now: the definition, or the phase under way. */
  DeliveryDef def;
  /** The phases that change the definition at their dates; none for one definition throughout. */
  private final Phases phases;
  private final StopRule stop;
  final EventLoop events = new EventLoop();
  final TaskTable tasks = new TaskTable();
  final People people;
  final DeliveryStats stats;
  /** Picks each free person's next job, and prices reviews. */
  final WorkChooser chooser;
  final Observer observer;

  /** Null for a backlog: no arrivals are scheduled then. */
  ContinuousSampler interarrival;
  final UniformRandomProvider arrivalStream;
  final WorkIntake intake;
  /** What checks find, and the fixes they send back to authors. */
  final DefectChecks defects;
  final IncidentDesk incidents;
  final ReviewRequests requests;
  final Release release;
  final Interruptions interruptions;
  final SprintPlanning sprints;
  final BugReports bugs;

  /** Committed tasks waiting for a developer (without sprints: every task waiting to be coded). */
  final TaskQueue backlog = new TaskQueue();
  /** With sprints: tasks that arrived but are not committed yet; they wait for sprint planning. */
  final TaskQueue uncommitted = new TaskQueue();
  final ReviewDesk reviews;
  final TaskQueue[] reworkByAuthor;
  final TaskQueue[] gateQueue;
  final GateLine gateLine;
  /** Per stage, the queues its PRs wait in, and what is under way there. */
  final StageQueues stages;
  /** Per gate: passes under way on its machines, or through it for a pure delay. */
  final int[] machinesBusy;
  long eventCount;
  /** Records the trajectory when a timeline is asked for; null otherwise (the usual case). */
  DeliveryTimeline timeline;

  DeliverySimulation(DeliveryDef def, StopRule stop, RandomStreams streams) {
    this(def, stop, streams, Observer.NONE);
  }

  DeliverySimulation(DeliveryDef def, StopRule stop, RandomStreams streams, Observer observer) {
    this(def, List.of(), stop, streams, observer, new DeliveryStats(def));
  }

  /**
   * With {@code phases} that change the definition at their dates, and the statistics to fill:
   * {@link DeliveryModel} hands each thread's recycled percentiles in.
   */
  DeliverySimulation(DeliveryDef def, List<PhaseDef> phases, StopRule stop, RandomStreams streams,
      Observer observer, DeliveryStats stats) {
    this.observer = observer;
    this.def = def;
    this.phases = new Phases(this, phases);
    this.stop = stop;
    people = new People(def);
    events.slots(people.count); // job ends, one per person (see scheduleJobEnd)
    this.stats = stats;
    chooser = new WorkChooser(this);
    arrivalStream = streams.stream(DeliveryStreams.FEATURE_ARRIVALS);
    interarrival = Phases.interarrival(def, arrivalStream);
    intake = new WorkIntake(def, streams, tasks, def.cadence().sprints() ? uncommitted : backlog, observer);
    defects = new DefectChecks(this, streams);
    incidents = new IncidentDesk(this, streams);
    release = new Release(this, streams);
    interruptions = new Interruptions(this);
    sprints = new SprintPlanning(this);
    bugs = new BugReports(this, streams);
    reviews = new ReviewDesk(this, streams);
    requests = new ReviewRequests(this, streams);
    gateLine = new GateLine(this, streams);
    gateQueue = gateLine.queues;
    machinesBusy = gateLine.busy;
    reworkByAuthor = new TaskQueue[people.count];
    for (int p = 0; p < people.count; p++) {
      reworkByAuthor[p] = new TaskQueue();
    }
    stages = new StageQueues(this);
  }

  void run() {
    phases.start();
    if (interarrival != null) {
      schedule(ARRIVAL, interarrival.sample(), 0);
    }
    if (def.cadence().sprints()) {
      schedule(SPRINT_PLANNING, 0, 0);
    } else if (interarrival == null) {
      dispatch();
    }
    if (def.cadence().releaseTrains()) {
      schedule(TRAIN_DEPARTS, def.cadence().deployEveryHours(), 0);
    }
    requests.scheduleFirstSessions();
    events.run(this, stop.warmup(), stop.horizon(), false);
    // The warm-up end and the horizon were counted as events before the loop moved to the engine;
    // they still are, so printed event counts stay as they were.
    eventCount = events.fired() + (stop.warmup() > 0 ? 2 : 1);
  }

  @Override
  public void fire(int event) {
    int id = event & ID_MASK;
    switch (event >>> KIND_SHIFT) {
      case ARRIVAL -> arrive();
      case PERSON_DONE -> finishJob(id);
      case MACHINE_DONE -> gateLine.finishPass(id);
      case INCIDENT_SURFACES -> incidents.surfaced(id);
      case TRAIN_DEPARTS -> release.departTrain();
      case SPRINT_PLANNING -> planSprint();
      case REVIEW_SESSION -> requests.session(id);
      case AI_PR_SHOWN -> requests.shown(id);
      case BUG_REPORTED -> {
        bugs.report(events.now());
        dispatch();
      }
      case PHASE_BEGINS -> {
        events.uncountCurrent(); // the scenario's calendar, not something the organisation did
        phases.begin(id);
      }
      default -> throw new IllegalStateException("unknown event " + event);
    }
  }

  @Override
  public void warmupEnded(double now) {
    stats.reset(now);
  }

  @Override
  public void snapshot(double now) {
    timeline.snapshot();
  }

  @Override
  public void horizonReached(double now) {
    stats.closeOpenJobs(people, tasks, now);
  }

  /** PRs arrived and not yet deployed, as the timeline counts them. */
  @Override
  public long inSystem() {
    return tasks.created - intake.sidePrsPending() - release.deployedTotal;
  }

  double now() {
    return events.now();
  }

  /**
   * Records this replication's timeline, snapshots every {@code interval} hours; call before
   * {@link #run}.
   */
  TimelineRecorder recordTimeline(double interval) {
    timeline = new DeliveryTimeline(this, interval, stop.horizon());
    for (int k = 0; k < timeline.recorder.snapshots(); k++) {
      events.snapshotAt(timeline.recorder.time(k));
    }
    return timeline.recorder;
  }

  private void arrive() {
    double now = events.now();
    schedule(ARRIVAL, now + interarrival.sample(), 0);
    intake.addFeature(now, now);
    dispatch();
  }

  /**
   * Backlog features are broken into tasks as developers need work; false when none is left. With
   * sprints, work is committed at sprint planning — and, when the commitment follows velocity, a
   * team that has run out pulls the next task ahead (see {@link SprintPlanning#pullAhead}).
   */
  boolean pullFromBacklog() {
    if (def.cadence().sprints()) {
      return sprints.pullAhead(events.now());
    }
    return intake.pullFromBacklog(events.now());
  }

  /** Whether a backlog feature could be pulled now, without pulling it. */
  boolean canPullFromBacklog() {
    return def.cadence().sprints() ? sprints.canPullAhead() : intake.backlogLeft();
  }

  /** {@code p} starts coding {@code task} and becomes its author; its branch starts from main. */
  void startCoding(int p, int task) {
    tasks.setAuthor(task, p);
    release.branchFromMain(task);
    people.addOpenPrs(p, 1);
    tasks.setCodingStarted(task, events.now());
    intake.codingStarted(task, events.now());
    stats.wip.add(events.now(), 1);
    start(p, Activity.CODING, task, tasks.codingEffort(task) * people.codingEffort(p), DeliveryDef.CODING);
  }

  private void planSprint() {
    double now = events.now();
    schedule(SPRINT_PLANNING, now + def.cadence().sprintHours(), 0);
    sprints.plan(now);
    dispatch();
  }

  /** Gives every idle person the next job their policy picks, until nobody idle can start one. */
  void dispatch() {
    boolean started;
    do {
      started = false;
      // only the idle, in index order, as a scan of everyone would visit them (deliverysim bench:
      // delivery-1200 spent most of its time asking busy people)
      for (int p = people.nextIdle(0); p >= 0; p = people.nextIdle(p + 1)) {
        int team = people.team(p);
        if (people.servesGatesOnly[team] && !chooser.gateWorkFor(p)) {
          // nothing for this team: each idle member would be asked, and refuse, in vain (the chooser
          // offers those who only serve gates nothing but a gate's work); deliverysim bench,
          // delivery-1200: most of a replication went to asking idle testers
          p = people.teamEnd[team] - 1;
          continue;
        }
        if (chooser.startNext(p)) {
          started = true;
        }
      }
    } while (started);
  }

  /** Starts person {@code p} on {@code task}; called by the chooser. */
  void start(int p, Activity activity, int task, double effortHours, int stage) {
    begin(p, activity, task, effortHours, stage, false);
    observer.started(events.now(), p, activity, task, tasks.author(task));
  }

  /** Person {@code p} takes up a job an incident interrupted, with the effort that was left. */
  void resume(int p, Activity activity, int task, double effortLeft, int stage) {
    begin(p, activity, task, effortLeft, stage, true);
    observer.resumed(events.now(), p, activity, task);
  }

  /**
   * Puts {@code p} on the job. A resumed job is the same visit to the stage: its wait and its
   * length were recorded when it first started (the time it was put aside is neither; the
   * timeline shows it as its own state).
   */
  private void begin(int p, Activity activity, int task, double effortHours, int stage, boolean resuming) {
    double now = events.now();
    if (!resuming) {
      stats.recordWait(stage, tasks.readySince(task), now);
    }
    effortHours += people.switchTo(p, tasks.serial(task), def.coordination().contextSwitchHours()) // not id: reused
        + def.coordination().perOpenPrHours() * people.openPrs(p);
    people.setDoing(p, activity);
    people.setStage(p, stage);
    people.setTask(p, task);
    people.setEffort(p, effortHours);
    people.setStarted(p, now);
    double duration = effortHours / people.focus(p);
    tasks.setTouched(task, tasks.touched(task) + duration);
    if (!resuming) {
      stats.jobs[stage].add(duration);
    }
    people.setEndsAt(p, now + duration);
    scheduleJobEnd(p);
  }

  private void finishJob(int p) {
    double now = events.now();
    if (interruptions.stale(p, now)) {
      events.uncountCurrent(); // the end of a job dropped for an incident: nothing happens
      return;
    }
    int task = people.task(p);
    Activity activity = people.doing(p);
    stats.recordJob(people, p, now);
    observer.finished(now, p, activity, task);
    people.setDoing(p, null);
    switch (activity) {
      case CODING -> {
        if (intake.prCoded(task)) {
          stats.count(Count.TASKS_CODED);
        }
        stats.aiHoursSaved += tasks.aiSaved(task);
        int side = intake.sidePrAfter(task);
        afterCoding(task);
        if (side >= 0) {
          tasks.setReadySince(side, now); // made now, by the same hands: it never waits for a developer
          startCoding(p, side);
        }
      }
      case REWORK, CONFLICTS -> {
        if (activity == Activity.CONFLICTS) {
          tasks.setConflicted(task, false);
          release.branchFromMain(task); // the branch is now up to date
        }
        if (tasks.returnTo(task) == TaskTable.BACK_TO_REVIEW) {
          readyForReview(task);
        } else {
          toGate(task, tasks.returnTo(task));
        }
      }
      case REVIEW -> requests.reviewed(task, p);
      case GATE -> gateLine.afterGate(task, tasks.gate(task));
      case INCIDENTS -> incidents.restored(task);
    }
    dispatch();
  }

  private void afterCoding(int task) {
    if (tasks.skipsReview(task)) {
      requests.openedWithoutReview(task); // an assistant's side PR that nobody reviews
      toGate(task, 0);
      return;
    }
    AiDef ai = def.ai();
    if (ai.preReview()) {
      int found = defects.found(task, ai.preReviewDetection());
      if (found > 0) {
        stats.add(Count.DEFECTS_FOUND_BY_PRE_REVIEW, found);
        defects.sendBack(task, found, TaskTable.BACK_TO_REVIEW);
        return;
      }
    }
    readyForReview(task);
  }

  void readyForReview(int task) {
    requests.ready(task);
  }

  /** {@code p} starts reviewing {@code task}; called by the chooser. */
  void startReview(int p, int task, double effort) {
    requests.startReview(p, task, effort);
  }

  /** The PR goes to gate {@code g}, or merges after the last one. */
  void toGate(int task, int g) {
    gateLine.toGate(task, g);
  }

  /** Starts person {@code p} on a pass of {@code task} at people-served gate {@code g}; called by the chooser. */
  void startGate(int p, int g, int task) {
    gateLine.startGate(p, g, task);
  }

  /**
   * The end of {@code p}'s job, which started now, in {@code p}'s slot: a person has one live job
   * end at a time, so the heap keeps the rest — gate passes, review sessions, arrivals (in the
   * benchmark organisation, delivery-12000, little more than gate passes). A job end still pending can only be that of a job set aside; it stays pending
   * (the engine moves it to the heap) and is ignored when it comes, as {@link Interruptions} says.
   */
  void scheduleJobEnd(int p) {
    double pending = events.pendingInSlot(p);
    if (!Double.isNaN(pending) && !interruptions.dropped(p, pending)) {
      throw new IllegalStateException("person " + p + " starts a job at " + events.now()
          + " while the end of another, at " + pending + ", is still to come");
    }
    events.scheduleInSlot(p, people.endsAt(p), PERSON_DONE << KIND_SHIFT | p);
  }

  /** Schedules an event of {@code kind} (one of the kinds above) about {@code id} (0 for none) at {@code at}. */
  void schedule(int kind, double at, int id) {
    events.schedule(at, kind << KIND_SHIFT | id);
  }

  /** Starts person {@code p} restoring service after {@code incident}; called by the chooser. */
  void startIncident(int p, int incident) {
    incidents.start(p, incident);
  }
}
