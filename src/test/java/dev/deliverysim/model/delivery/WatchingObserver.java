package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.StopRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Watches one replication through the {@link Observer} hooks, notes every broken rule of who may
 * do what, and keeps its own ledger of people's time, deployments and finished features to set
 * against what the model reports.
 *
 * <p>PR ids and feature numbers are recycled once deployed and delivered, so everything it keeps
 * about a PR is keyed by its serial and about a feature by the feature's serial.
 *
 * <p>Violations are collected per rule rather than thrown, so each test asserts the rule it is
 * about and its failure names the first few offences with their times.
 */
final class WatchingObserver implements Observer {
  enum Rule { ONE_JOB_AT_A_TIME, AUTHORSHIP, DELIVERY }

  private static final int NOBODY = -1;
  private static final int MAX_NOTES = 5;

  private final StopRule stop;
  private DeliverySimulation sim;
  private final DeliveryDef def;
  private final Map<Rule, List<String>> broken = new EnumMap<>(Rule.class);

  private final Activity[] doing;
  private final int[] doingTask;
  private final double[] since;
  /** Per person: the task dropped for an incident, or NOBODY. */
  private final int[] dropped;
  private final Activity[] droppedActivity;
  private int[] authorOf = new int[64];
  private int[] workers = new int[64];
  private boolean[] deployed = new boolean[64];
  /** Per feature serial: its PRs (counted at its first deployment, when all are alive), and those deployed. */
  private int[] featureSize = new int[64];
  private int[] featureDeployed = new int[64];

  /** Person-hours on jobs inside the measured window, per team and activity label, from start/finish. */
  final List<Map<String, Double>> busyHours = new ArrayList<>();
  int deployments;
  long featuresDoneInWindow;
  int jobsOpenAtHorizon;

  private WatchingObserver(DeliveryDef def, StopRule stop) {
    this.stop = stop;
    for (Rule rule : Rule.values()) {
      broken.put(rule, new ArrayList<>());
    }
    int people = def.teams().stream().mapToInt(TeamDef::headcount).sum();
    doing = new Activity[people];
    doingTask = new int[people];
    since = new double[people];
    dropped = new int[people];
    Arrays.fill(dropped, NOBODY);
    droppedActivity = new Activity[people];
    def.teams().forEach(t -> busyHours.add(new java.util.HashMap<>()));
    this.def = def;
    Arrays.fill(authorOf, NOBODY);
  }

  /** Runs replication 0 of {@code seed} to its horizon under watch. */
  static WatchingObserver watch(DeliveryDef def, StopRule stop, long seed) {
    return watch(def, java.util.List.of(), stop, seed);
  }

  /** The same, with {@code phases} changing the organisation's numbers at their dates. */
  static WatchingObserver watch(DeliveryDef def, java.util.List<PhaseDef> phases, StopRule stop, long seed) {
    WatchingObserver watcher = new WatchingObserver(def, stop);
    watcher.sim = new DeliverySimulation(def, phases, stop, new RandomStreams(seed, 0), watcher, new DeliveryStats(def));
    watcher.sim.run();
    watcher.closeAtHorizon();
    return watcher;
  }

  DeliverySimulation sim() {
    return sim;
  }

  List<String> broken(Rule rule) {
    return broken.get(rule);
  }

  /** Whether the PR of this serial was deployed. */
  boolean deployed(int serial) {
    return serial < deployed.length && deployed[serial];
  }

  @Override
  public void started(double time, int person, Activity activity, int id, int author) {
    int task = activity == Activity.INCIDENTS ? id : sim.tasks.serial(id);
    if (doing[person] != null) {
      note(Rule.ONE_JOB_AT_A_TIME, time, "person " + person + " starts " + activity + " on task " + task
          + " while still on " + doing[person] + " of task " + doingTask[person]);
    }
    if (activity == Activity.INCIDENTS) { // an incident's id is not a task's: no task bookkeeping
      if (!sim.people.codes(person)) {
        note(Rule.AUTHORSHIP, time, "person " + person + " restores service without the code skill");
      }
      doing[person] = activity;
      doingTask[person] = task;
      since[person] = time;
      return;
    }
    grow(task);
    if (workers[task]++ > 0) {
      note(Rule.ONE_JOB_AT_A_TIME, time, "task " + task + " gets a second worker, person " + person);
    }
    if (deployed[task]) {
      note(Rule.DELIVERY, time, "task " + task + " is worked on after its deployment");
    }
    doing[person] = activity;
    doingTask[person] = task;
    since[person] = time;
    checkRole(time, person, activity, id, author);
  }

  /** {@code id} is the PR's id now (to read the model's arrays), {@code task} its serial (this ledger's key). */
  private void checkRole(double time, int person, Activity activity, int id, int author) {
    int task = sim.tasks.serial(id);
    People people = sim.people;
    switch (activity) {
      case CODING -> {
        if (authorOf[task] != NOBODY || author != person || !people.codes(person)) {
          note(Rule.AUTHORSHIP, time, "person " + person + " codes task " + task + " (author " + author
              + ", coded before by " + authorOf[task] + ", codes " + people.codes(person) + ")");
        }
        authorOf[task] = person;
      }
      case REVIEW -> {
        if (author == person || authorOf[task] != author || !people.reviews(person)) {
          note(Rule.AUTHORSHIP, time, "person " + person + " reviews task " + task + " authored by "
              + authorOf[task] + " (reported " + author + ", reviews " + people.reviews(person) + ")");
        }
        String team = def.teams().get(people.team(person)).name();
        if (sim.tasks.needsOwner(id) && !team.equals(def.review().owners().team())) {
          note(Rule.AUTHORSHIP, time, "person " + person + " of " + team + " reviews task " + task
              + ", which needs an owner of " + def.review().owners().team());
        }
      }
      case REWORK -> {
        if (authorOf[task] != person || author != person) {
          note(Rule.AUTHORSHIP, time, "person " + person + " reworks task " + task + " authored by "
              + authorOf[task]);
        }
      }
      case GATE -> {
        boolean skilled = people.servesGate[person][sim.tasks.gate(id)];
        if (!skilled || authorOf[task] == NOBODY) {
          note(Rule.AUTHORSHIP, time, "person " + person + " serves gate " + sim.tasks.gate(id) + " for task "
              + task + " (skilled " + skilled + ", author " + authorOf[task] + ")");
        }
      }
      default -> note(Rule.ONE_JOB_AT_A_TIME, time, "person " + person + " starts a non-job " + activity);
    }
  }

  @Override
  public void finished(double time, int person, Activity activity, int id) {
    int task = activity == Activity.INCIDENTS ? id : sim.tasks.serial(id);
    if (doing[person] != activity || doingTask[person] != task || time < since[person]) {
      note(Rule.ONE_JOB_AT_A_TIME, time, "person " + person + " finishes " + activity + " of task " + task
          + " but started " + doing[person] + " of task " + doingTask[person] + " at " + since[person]);
    } else {
      if (activity != Activity.INCIDENTS) {
        workers[task]--;
      }
      book(person, since[person], time);
    }
    doing[person] = null;
  }

  /** Dropping a job for an incident ends it as finishing would, and remembers it for the person. */
  @Override
  public void interrupted(double time, int person, Activity activity, int id) {
    int task = activity == Activity.INCIDENTS ? id : sim.tasks.serial(id);
    if (dropped[person] != NOBODY || activity == Activity.INCIDENTS || activity == Activity.GATE) {
      note(Rule.ONE_JOB_AT_A_TIME, time, "person " + person + " drops " + activity + " of task " + task
          + " (already holding " + dropped[person] + ")");
    }
    finished(time, person, activity, id);
    dropped[person] = task;
    droppedActivity[person] = activity;
  }

  /** Only the job the person dropped can be taken up again, by them. */
  @Override
  public void resumed(double time, int person, Activity activity, int id) {
    int task = sim.tasks.serial(id);
    if (dropped[person] != task || droppedActivity[person] != activity) {
      note(Rule.ONE_JOB_AT_A_TIME, time, "person " + person + " resumes " + activity + " of task " + task
          + " but dropped " + droppedActivity[person] + " of task " + dropped[person]);
    }
    dropped[person] = NOBODY;
    if (doing[person] != null) {
      note(Rule.ONE_JOB_AT_A_TIME, time, "person " + person + " resumes while on " + doing[person]);
    }
    if (workers[task]++ > 0) {
      note(Rule.ONE_JOB_AT_A_TIME, time, "task " + task + " gets a second worker, person " + person);
    }
    doing[person] = activity;
    doingTask[person] = task;
    since[person] = time;
  }

  @Override
  public void deployed(double time, int id, int feature, boolean featureDone) {
    int task = sim.tasks.serial(id);
    grow(task);
    deployments++;
    if (deployed[task] || authorOf[task] == NOBODY || workers[task] > 0) {
      note(Rule.DELIVERY, time, "task " + task + " deploys (again " + deployed[task] + ", author "
          + authorOf[task] + ", workers " + workers[task] + ")");
    }
    deployed[task] = true;
    if (feature == WorkIntake.NO_FEATURE) {
      if (featureDone || sim.tasks.feature(id) != feature) {
        note(Rule.DELIVERY, time, "chore " + task + " reported as delivering feature " + sim.tasks.feature(id));
      }
      return;
    }
    if (sim.tasks.feature(id) != feature) {
      note(Rule.DELIVERY, time, "task " + task + " deploys for feature " + feature
          + " but belongs to " + sim.tasks.feature(id));
    }
    int serial = sizeFeature(feature);
    boolean last = ++featureDeployed[serial] == featureSize[serial];
    if (featureDone != last) {
      note(Rule.DELIVERY, time, "feature " + feature + " reported done=" + featureDone + " with "
          + featureDeployed[serial] + " of " + featureSize[serial] + " tasks deployed");
    }
    if (last && time > stop.warmup()) {
      featuresDoneInWindow++;
    }
  }

  /**
   * The feature's serial, its PRs counted at its first deployment: a feature's PRs are made
   * together, so until one deploys every one of them is alive under the feature's number.
   */
  private int sizeFeature(int feature) {
    int serial = sim.intake.featureSerial(feature);
    if (serial >= featureSize.length) {
      int n = Math.max(serial + 1, featureSize.length * 2);
      featureSize = Arrays.copyOf(featureSize, n);
      featureDeployed = Arrays.copyOf(featureDeployed, n);
    }
    if (featureSize[serial] == 0) {
      for (int id = 0; id < sim.tasks.end(); id++) {
        if (sim.tasks.live(id) && sim.tasks.feature(id) == feature) {
          featureSize[serial]++;
        }
      }
    }
    return serial;
  }

  /** Jobs still running at the horizon count up to it, as the model says they should. */
  private void closeAtHorizon() {
    for (int p = 0; p < doing.length; p++) {
      if (doing[p] != null) {
        jobsOpenAtHorizon++;
        book(p, since[p], stop.horizon());
      }
    }
  }

  private void book(int person, double start, double end) {
    double overlap = Math.max(0, end - Math.max(start, stop.warmup()));
    busyHours.get(sim.people.team(person)).merge(label(person), overlap, Double::sum);
  }

  /** The activity a person's current job counts under, worked out here independently of the model. */
  private String label(int person) {
    return switch (doing[person]) {
      case CODING -> "coding";
      case REVIEW -> "review";
      case REWORK -> "rework";
      case CONFLICTS -> "conflicts";
      case INCIDENTS -> "incidents";
      case GATE -> {
        GateServer server = def.gates().get(sim.tasks.gate(sim.people.task(person))).server();
        Skill skill = ((GateServer.People) server).skill();
        yield skill.equals(Skill.TEST) ? "testing" : skill.name();
      }
    };
  }

  private void grow(int task) {
    if (task >= authorOf.length) {
      int n = Math.max(task + 1, authorOf.length * 2);
      int old = authorOf.length;
      authorOf = Arrays.copyOf(authorOf, n);
      Arrays.fill(authorOf, old, n, NOBODY);
      workers = Arrays.copyOf(workers, n);
      deployed = Arrays.copyOf(deployed, n);
    }
  }

  private void note(Rule rule, double time, String what) {
    List<String> notes = broken.get(rule);
    if (notes.size() < MAX_NOTES) {
      notes.add("t=" + time + ": " + what);
    }
  }
}
