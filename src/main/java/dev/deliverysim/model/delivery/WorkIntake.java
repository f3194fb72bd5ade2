package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Turns features into tasks, and tasks into PRs waiting to be coded; tracks when each task and
 * feature is done.
 *
 * <p>A task's own attributes (effort, AI assistance, defects injected) come from streams read
 * once per task in creation order, defects by inversion with one uniform each, so two variants of
 * a scenario see the same work: comparisons use common random numbers by construction. A backlog
 * is broken into tasks only as developers need work, so a large one costs nothing up front.
 */
final class WorkIntake {
  /** The feature of a chore's PR: none. */
  static final int NO_FEATURE = -1;
  private DeliveryDef def;
  private final TaskTable tasks;
  private final TaskQueue backlog;
  /** Told of each PR queued in {@link #backlog}, as waiting at {@link #backlogPlace}. */
  private final Observer observer;
  private final int backlogPlace;
  /** The streams the samplers below draw from, kept so that a phase's samplers go on where they were. */
  private final UniformRandomProvider tasksPerFeatureStream;
  private final UniformRandomProvider effortStream;
  private final UniformRandomProvider prsPerTaskStream;
  private final UniformRandomProvider sidePrsStream;
  private final UniformRandomProvider sidePrEffortStream;
  private final UniformRandomProvider choreEffortStream;
  private final UniformRandomProvider bugEffortStream;
  private ContinuousSampler tasksPerFeature;
  private ContinuousSampler effort;
  private final UniformRandomProvider assistance;
  private final UniformRandomProvider injection;
  /** Null when every task is one PR: then nothing is drawn for it. */
  private ContinuousSampler prsPerTask;
  private ContinuousSampler sidePrsPerTask;
  private ContinuousSampler sidePrEffort;
  /** Chores draw from streams of their own, so taking one shifts no feature task's draws. */
  private ContinuousSampler choreEffort;
  private final UniformRandomProvider choreAssistance;
  private final UniformRandomProvider choreInjection;
  private ContinuousSampler bugEffort;
  private final UniformRandomProvider bugAssistance;
  private final UniformRandomProvider bugInjection;
  private int backlogFeaturesLeft;
  /*
   * Per feature and per task, indexed by numbers that are recycled as ids of PRs are (TaskTable):
   * a task's number is free once its last PR is deployed, a feature's once it is delivered, so
   * these arrays stay as large as the most features and tasks ever in progress at once.
   */
  private double[] requested = new double[64];
  /** When a developer first took up one of the feature's tasks (NaN until then): its cycle time's start. */
  private double[] started = new double[64];
  private int[] tasksLeft = new int[64];
  private final IdPool featureIds = new IdPool();
  /** Features made so far; each feature's creation number, unique for the whole run (observers' key). */
  private int featuresMade;
  private int[] featureSerial = new int[64];
  /** Backlog features requested at time 0 and not delivered yet. */
  private int backlogUndelivered;
  private boolean[] fromBacklog = new boolean[64];
  /** Per task: its PRs not yet coded, and not yet deployed. */
  private int[] prsToCode = new int[64];
  private int[] prsToDeploy = new int[64];
  /** Per task: its own (not side) PRs not yet coded; its side PRs not yet started, and the next one (a PR id). */
  private int[] ownToCode = new int[64];
  private int[] sideLeft = new int[64];
  private int[] sideNext = new int[64];
  private final IdPool taskIds = new IdPool();
  /** Side PRs created with their task but not started yet: they enter the flow when started. */
  private int sidePending;

  /**
   * New tasks go to {@code backlog}: the coding queue, or the uncommitted tasks with sprints;
   * {@code observer} hears of each as waiting there.
   */
  WorkIntake(DeliveryDef def, RandomStreams streams, TaskTable tasks, TaskQueue backlog, Observer observer) {
    this.tasks = tasks;
    this.backlog = backlog;
    this.observer = observer;
    this.backlogPlace = def.cadence().sprints() ? Observer.UNCOMMITTED : DeliveryDef.CODING;
    tasksPerFeatureStream = streams.stream(DeliveryStreams.TASKS_PER_FEATURE);
    effortStream = streams.stream(DeliveryStreams.EFFORT);
    prsPerTaskStream = streams.stream(DeliveryStreams.PRS_PER_TASK);
    sidePrsStream = streams.stream(DeliveryStreams.SIDE_PRS);
    sidePrEffortStream = streams.stream(DeliveryStreams.SIDE_PR_EFFORT);
    choreEffortStream = streams.stream(DeliveryStreams.CHORE_EFFORT);
    bugEffortStream = streams.stream(DeliveryStreams.BUG_FIX_EFFORT);
    assistance = streams.stream(DeliveryStreams.AI_ASSISTED);
    injection = streams.stream(DeliveryStreams.DEFECTS);
    choreAssistance = streams.stream(DeliveryStreams.CHORE_AI_ASSISTED);
    choreInjection = streams.stream(DeliveryStreams.CHORE_DEFECTS);
    bugAssistance = streams.stream(DeliveryStreams.BUG_AI_ASSISTED);
    bugInjection = streams.stream(DeliveryStreams.BUG_DEFECTS);
    follow(def);
    if (def.work().source() instanceof FeatureSource.Backlog b) {
      backlogFeaturesLeft = b.features();
      backlogUndelivered = b.features();
    }
  }

  /**
   * From now on, work is made as {@code next} says (a phase began): its sizes, splits and AI
   * effects; the samplers go on drawing from the same streams. The source of work never changes.
   */
  void follow(DeliveryDef next) {
    def = next;
    WorkDef work = next.work();
    tasksPerFeature = work.tasksPerFeature().sampler(tasksPerFeatureStream);
    effort = work.taskEffort().sampler(effortStream);
    prsPerTask = work.splitsTasks() ? work.prsPerTask().sampler(prsPerTaskStream) : null;
    SidePrsDef side = next.ai().sidePrs();
    sidePrsPerTask = side.perTask().sampler(sidePrsStream);
    sidePrEffort = side.effort().sampler(sidePrEffortStream);
    choreEffort = work.chores() ? work.choreEffort().sampler(choreEffortStream) : null;
    bugEffort = next.quality().bugs().fixEffort().sampler(bugEffortStream);
  }

  /**
   * Takes the next feature off the initial backlog (requested at time 0) when no task is left to
   * start; false when the backlog is exhausted.
   */
  boolean pullFromBacklog(double now) {
    if (backlogFeaturesLeft == 0) {
      return false;
    }
    backlogFeaturesLeft--;
    int feature = addFeature(0, now); // first: adding may grow the array
    fromBacklog[feature] = true;
    return true;
  }

  /** A feature requested at {@code requestedAt}, split at {@code now} into tasks to be coded; returns its number. */
  int addFeature(double requestedAt, double now) {
    int feature = newFeature(requestedAt);
    int count = Math.max(1, (int) Math.ceil(tasksPerFeature.sample() - 1e-9));
    tasksLeft[feature] = count;
    for (int i = 0; i < count; i++) {
      addTask(feature, now);
    }
    return feature;
  }

  /**
   * One task of {@code feature}: its PRs share its effort; an assisted one may bring side PRs.
   * Draws come in the order effort, assistance, then one defect uniform per PR, so a task of one
   * PR draws exactly what it did before tasks could split.
   */
  private void addTask(int feature, double now) {
    AiDef ai = def.ai();
    int task = newTask();
    int prs = prsPerTask == null ? 1 : Math.max(1, (int) Math.ceil(prsPerTask.sample() - 1e-9));
    double base = effort.sample() / prs;
    boolean assisted = assistance.nextDouble() < ai.adoptionAt(now);
    double lines = def.work().linesPerHour();
    for (int i = 0; i < prs; i++) {
      double size = base * lines * (assisted ? ai.prSize() : 1);
      int defects = defects(size, assisted, injection);
      double effortHours = base * (assisted ? ai.codingEffortAt(now) : 1);
      int pr = add(feature, task, effortHours, size, defects, assisted, false, now);
      tasks.setAiSaved(pr, base - effortHours);
      ownToCode[task]++;
    }
    SidePrsDef side = ai.sidePrs();
    if (assisted && side.any()) {
      int extra = Math.max(0, (int) Math.round(sidePrsPerTask.sample()));
      sideLeft[task] = extra;
      int previous = TaskTable.NO_ONE;
      for (int i = 0; i < extra; i++) {
        double sideEffort = sidePrEffort.sample();
        double size = sideEffort * lines * ai.prSize();
        int defects = defects(size, true, injection);
        // not queued: whoever codes the task's last own PR makes its side PRs right after
        int pr = tasks.create(feature, task, sideEffort, size, defects, true, !side.reviewed(), now);
        tasks.setSide(pr, true);
        if (previous == TaskTable.NO_ONE) {
          sideNext[task] = pr;
        } else {
          tasks.setNextSide(previous, pr); // ids may be recycled ones: the side PRs are a list, not a range
        }
        previous = pr;
        sidePending++;
        prsToCode[task]++;
        prsToDeploy[task]++;
      }
    }
  }

  /**
   * A chore, outside every feature: one PR, assisted like any task, for the developer about to
   * take it up (it never waits in a queue). Returns its PR.
   */
  int addChore(double now) {
    return addOutsideFeatures(choreEffort.sample(), choreAssistance, choreInjection, now);
  }

  /** A reported bug's fix: a task of one PR outside every feature. Returns its PR. */
  int addBug(double now) {
    int pr = addOutsideFeatures(bugEffort.sample(), bugAssistance, bugInjection, now);
    tasks.setBugFix(pr, true);
    return pr;
  }

  private int addOutsideFeatures(double base, UniformRandomProvider assistance, UniformRandomProvider injection,
      double now) {
    AiDef ai = def.ai();
    int task = newTask();
    boolean assisted = assistance.nextDouble() < ai.adoptionAt(now);
    double size = base * def.work().linesPerHour() * (assisted ? ai.prSize() : 1);
    int defects = defects(size, assisted, injection);
    double effortHours = base * (assisted ? ai.codingEffortAt(now) : 1);
    int pr = tasks.create(NO_FEATURE, task, effortHours, size, defects, assisted, false, now);
    tasks.setAiSaved(pr, base - effortHours);
    ownToCode[task]++;
    prsToCode[task]++;
    prsToDeploy[task]++;
    return pr;
  }

  private int add(int feature, int task, double effortHours, double size, int defects, boolean assisted,
      boolean unreviewed, double now) {
    int pr = tasks.create(feature, task, effortHours, size, defects, assisted, unreviewed, now);
    prsToCode[task]++;
    prsToDeploy[task]++;
    backlog.add(pr);
    observer.waiting(now, pr, backlogPlace);
    return pr;
  }

  /**
   * The side PR the developer who just coded {@code pr} makes next, or -1: once a task's own PRs
   * are all coded, its side PRs follow one by one, by the same hands.
   */
  int sidePrAfter(int pr) {
    int task = tasks.taskOf(pr);
    if (!tasks.side(pr)) {
      ownToCode[task]--;
    }
    if (ownToCode[task] > 0 || sideLeft[task] == 0) {
      return -1;
    }
    sideLeft[task]--;
    sidePending--;
    int side = sideNext[task];
    sideNext[task] = tasks.nextSide(side);
    return side;
  }

  /** Side PRs made with their task and not started yet. */
  int sidePrsPending() {
    return sidePending;
  }

  /** One of its task's PRs is coded; true when it was the task's last. */
  boolean prCoded(int pr) {
    return --prsToCode[tasks.taskOf(pr)] == 0;
  }

  /**
   * One of its task's PRs is deployed; true when it was the task's last: the task is done, and its
   * number free for a new task (after the caller's last look at it, see {@link Release}).
   */
  boolean prDeployed(int pr) {
    return --prsToDeploy[tasks.taskOf(pr)] == 0;
  }

  /** The task is done and nothing refers to its number any more: a new task may take it. */
  void freeTask(int task) {
    taskIds.give(task);
  }

  /** The feature is delivered and nothing refers to its number any more: a new feature may take it. */
  void freeFeature(int feature) {
    featureIds.give(feature);
  }

  /** How many tasks and features the per-task and per-feature arrays hold before they must grow. */
  int taskCapacity() {
    return prsToCode.length;
  }

  int featureCapacity() {
    return requested.length;
  }

  boolean backlogLeft() {
    return backlogFeaturesLeft > 0;
  }

  /** Features of the initial backlog not yet delivered: pulled-but-unfinished ones included. */
  int backlogUndelivered() {
    return backlogUndelivered;
  }

  /** One of the feature's tasks is done; true when it was the last. */
  boolean taskDone(int feature) {
    boolean done = --tasksLeft[feature] == 0;
    if (done && fromBacklog[feature]) {
      backlogUndelivered--;
    }
    return done;
  }

  double requestedAt(int feature) {
    return requested[feature];
  }

  /** Work on one of {@code pr}'s feature's tasks starts now: the feature's work started, if not before. */
  void codingStarted(int pr, double now) {
    int feature = tasks.feature(pr);
    if (feature != NO_FEATURE && Double.isNaN(started[feature])) {
      started[feature] = now;
    }
  }

  /** When work on the feature started: its first task taken up. */
  double startedAt(int feature) {
    return started[feature];
  }

  private int newTask() {
    int task = taskIds.take();
    if (task == prsToCode.length) {
      prsToCode = Arrays.copyOf(prsToCode, task * 2);
      prsToDeploy = Arrays.copyOf(prsToDeploy, task * 2);
      ownToCode = Arrays.copyOf(ownToCode, task * 2);
      sideLeft = Arrays.copyOf(sideLeft, task * 2);
      sideNext = Arrays.copyOf(sideNext, task * 2);
    }
    prsToCode[task] = 0;
    prsToDeploy[task] = 0;
    ownToCode[task] = 0;
    sideLeft[task] = 0;
    return task;
  }

  private int newFeature(double requestedAt) {
    int feature = featureIds.take();
    if (feature == requested.length) {
      requested = Arrays.copyOf(requested, feature * 2);
      tasksLeft = Arrays.copyOf(tasksLeft, feature * 2);
      fromBacklog = Arrays.copyOf(fromBacklog, feature * 2);
      started = Arrays.copyOf(started, feature * 2);
      featureSerial = Arrays.copyOf(featureSerial, feature * 2);
    }
    requested[feature] = requestedAt;
    started[feature] = Double.NaN;
    fromBacklog[feature] = false;
    featureSerial[feature] = featuresMade++;
    return feature;
  }

  /** The feature's creation number, 0, 1, … : what names it for good, its number being recycled. */
  int featureSerial(int feature) {
    return featureSerial[feature];
  }

  /** Defects a PR of {@code size} lines is written with: Poisson, by inversion with one uniform of {@code stream}. */
  private int defects(double size, boolean assisted, UniformRandomProvider stream) {
    double mean = size / 1000 * def.quality().defectsPerKloc() * (assisted ? def.ai().defectInjection() : 1);
    return poisson(mean, stream.nextDouble());
  }

  /**
   * Inversion with one uniform, so a changed mean shifts no later draw. For the small means of
   * defects per task the sequential search from 0 is exact and an order of magnitude faster than
   * the library's general inversion (which showed as 8% of a delivery replication's time, profiled
   * with JFR); from a mean of 30, or in the far tail, the library takes over.
   */
  static int poisson(double mean, double u) {
    if (mean <= 0) {
      return 0;
    }
    if (mean < SEARCH_BELOW && u < FAR_TAIL) { // past FAR_TAIL the running sum has lost the digits
      double term = Math.exp(-mean);
      double cumulative = term;
      for (int k = 0; k < SEARCH_STEPS; k++) {
        if (u <= cumulative) {
          return k;
        }
        term *= mean / (k + 1);
        cumulative += term;
      }
    }
    return PoissonDistribution.of(mean).inverseCumulativeProbability(u);
  }

  private static final double SEARCH_BELOW = 30;
  private static final int SEARCH_STEPS = 100;
  private static final double FAR_TAIL = 1 - 1e-10;
}
