package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The way from the last gate to production: a merge conflict sends the PR back to its author,
 * a merged PR deploys at once or with the next release train, and a deployment closes the task,
 * perhaps its feature, and lets escaped defects become incidents.
 */
final class Release {
  private final DeliverySimulation sim;
  private DeliveryDef def;
  private final TaskTable tasks;
  private final People people;
  private final DeliveryStats stats;
  /** Merged PRs waiting for the next release train. */
  private final TaskQueue train = new TaskQueue();
  /** Schedules an escaped defect's incident; one object, not a capturing lambda per deployment. */
  private final IncidentDesk.IncidentScheduler scheduleIncident;
  private final UniformRandomProvider conflictOccurrence;
  private ContinuousSampler conflictEffort;
  private final UniformRandomProvider conflictEffortStream;
  /** PRs merged since the start (not only in the window): branches measure their age by it. */
  private long mergesTotal;
  /** PRs deployed and features delivered since the start, for the timeline. */
  long deployedTotal;
  long featuresDeliveredTotal;

  Release(DeliverySimulation sim, RandomStreams streams) {
    scheduleIncident =
        (delay, incident) -> sim.schedule(DeliverySimulation.INCIDENT_SURFACES, sim.now() + delay, incident);
    this.sim = sim;
    this.tasks = sim.tasks;
    this.people = sim.people;
    this.stats = sim.stats;
    conflictOccurrence = streams.stream(DeliveryStreams.CONFLICT_OCCURRENCE);
    conflictEffortStream = streams.stream(DeliveryStreams.CONFLICT_RESOLVE);
    follow(sim.def);
  }

  /** A phase began: merge conflicts cost what {@code next} says, drawn from the same stream. */
  void follow(DeliveryDef next) {
    def = next;
    conflictEffort = next.coordination().resolve().sampler(conflictEffortStream);
  }

  /** Marks the task's branch as taken from main now, for counting the merges it misses. */
  void branchFromMain(int task) {
    tasks.setMergesAtBranch(task, mergesTotal);
    tasks.setOwnMergesAtBranch(task, people.merged(tasks.author(task)));
  }

  /** The PR passed every gate: it merges, unless it conflicts first. */
  void afterLastGate(int task) {
    if (!conflicts(task)) {
      merge(task);
    }
  }

  /** Merged PRs waiting for the next release train. */
  int waitingForTrain() {
    return train.size();
  }

  /** The merged PRs waiting for the next release train, in order. */
  TaskQueue train() {
    return train;
  }

  /** A release train leaves with every PR merged since the last one: one deployment. */
  void departTrain() {
    sim.schedule(DeliverySimulation.TRAIN_DEPARTS, sim.now() + def.cadence().deployEveryHours(), 0);
    if (!train.isEmpty()) {
      stats.count(Count.DEPLOYMENTS);
      boolean failed = false;
      while (!train.isEmpty()) {
        failed |= deploy(train.removeAt(0));
      }
      if (failed) {
        stats.count(Count.FAILED_DEPLOYMENTS); // one faulty PR fails the whole train
      }
      sim.dispatch(); // authors under an open-PR limit may start new work now
    }
  }

  /**
   * Whether the PR conflicts as it merges; if so its author resolves the conflict first and the
   * PR runs the gates again. The chance grows with the PRs others merged since its branch began.
   */
  private boolean conflicts(int task) {
    CoordinationDef coordination = def.coordination();
    if (coordination.conflictChancePerMerge() == 0) {
      return false;
    }
    int author = tasks.author(task);
    long byOthers = (mergesTotal - tasks.mergesAtBranch(task))
        - (people.merged(author) - tasks.ownMergesAtBranch(task));
    if (conflictOccurrence.nextDouble() >= coordination.conflictChance(byOthers)) {
      return false;
    }
    stats.count(Count.MERGE_CONFLICTS);
    tasks.setConflicted(task, true);
    tasks.setPendingRework(task, conflictEffort.sample());
    tasks.setReturnTo(task, 0);
    tasks.setReadySince(task, sim.now());
    sim.stages.backToAuthor(task);
    return true;
  }

  /** The PR merged: it deploys now, or with the next release train. */
  private void merge(int task) {
    mergesTotal++;
    people.countMerge(tasks.author(task));
    stats.count(Count.PRS_MERGED);
    sim.observer.merged(sim.now(), task);
    if (def.cadence().releaseTrains()) {
      train.add(task);
    } else {
      stats.count(Count.DEPLOYMENTS);
      if (deploy(task)) {
        stats.count(Count.FAILED_DEPLOYMENTS);
      }
    }
  }

  /** Deploys the PR; true when it carries an escaped defect, which makes its deployment a failure. */
  private boolean deploy(int task) {
    double now = sim.now();
    stats.count(Count.PRS_DEPLOYED);
    if (tasks.bugFix(task)) {
      stats.count(Count.BUG_FIXES_DEPLOYED);
    }
    people.addOpenPrs(tasks.author(task), -1);
    int escaped = tasks.latentDefects(task);
    stats.add(Count.ESCAPED_DEFECTS, escaped);
    if (escaped > 0) {
      stats.count(Count.CHANGE_FAILURES);
    }
    sim.incidents.afterDeploy(escaped, scheduleIncident);
    sim.bugs.afterDeploy(escaped, now);
    double cycle = now - tasks.codingStarted(task);
    stats.cycleTime.add(cycle);
    stats.cycleTimeTally.add(cycle);
    stats.touchedOfMerged += tasks.touched(task);
    stats.cycleOfMerged += cycle;
    stats.wip.add(now, -1);
    int feature = tasks.feature(task);
    boolean taskDone = sim.intake.prDeployed(task);
    boolean chore = feature == WorkIntake.NO_FEATURE;
    if (taskDone) {
      stats.count(Count.TASKS_DONE);
      if (!chore) {
        sim.sprints.featureTaskDone();
      }
    }
    boolean featureDone = taskDone && !chore && sim.intake.taskDone(feature);
    sim.observer.deployed(now, task, feature, featureDone);
    if (featureDone && sim.intake.backlogUndelivered() == 0 && Double.isNaN(stats.backlogDoneAt)
        && def.work().source() instanceof FeatureSource.Backlog) {
      stats.backlogDoneAt = now;
    }
    deployedTotal++;
    if (featureDone) {
      featuresDeliveredTotal++;
      stats.count(Count.FEATURES_DELIVERED);
      double lead = now - sim.intake.requestedAt(feature);
      if (sim.timeline != null) {
        sim.timeline.recorder.finished(now, lead, now - sim.intake.startedAt(feature));
      }
      stats.leadTime.add(lead);
      stats.leadTimeTally.add(lead);
    }
    retire(task, taskDone, featureDone);
    return escaped > 0;
  }

  /**
   * The deployed PR's id — and its task's and feature's numbers when they are done too — are free
   * for new work: nothing refers to them any more. Queues and people's jobs let go of a PR before it
   * deploys; a machine's pass has ended; a person's last task is kept by serial
   * ({@link TaskTable#serial}); observers were told. An AI PR that reviewers put off has its "shown"
   * event before anyone may review it — unless everything took no time and it deploys at that very
   * instant, with the event still to come: that PR keeps its id for good (so the event finds it).
   */
  private void retire(int pr, boolean taskDone, boolean featureDone) {
    if (tasks.hiddenUntil(pr) != 0 && tasks.hiddenUntil(pr) >= sim.now()) {
      return;
    }
    int task = tasks.taskOf(pr);
    int feature = tasks.feature(pr);
    sim.gateLine.forget(pr, taskDone ? task : TaskTable.NO_ONE, featureDone ? feature : TaskTable.NO_ONE);
    if (taskDone) {
      sim.intake.freeTask(task);
    }
    if (featureDone) {
      sim.intake.freeFeature(feature);
    }
    tasks.free(pr);
  }
}
