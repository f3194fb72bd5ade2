package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Rules every replication of every organisation must keep, checked on generated organisations
 * (see {@link RandomOrganisations}) by watching each job start and finish and comparing what the
 * model reports with the watcher's own ledger.
 *
 * <p>QuickTheories runs with fixed seeds so a failure replays identically; the organisation's
 * master seed is itself a generated input.
 */
class DeliveryInvariantProperties {
  private static final long QT_SEED = 20_261_124_2L;
  private static final int EXAMPLES = 150;
  /** Sums of the same durations grouped differently: only rounding separates them. */
  private static final double ROUNDING = 1e-9;

  @Test
  void aPersonStartsAJobOnlyWhenIdleAndFinishesTheJobTheyStarted() {
    qt().withFixedSeed(QT_SEED).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          WatchingObserver w = WatchingObserver.watch(c.def(), c.phases(), c.stop(), c.seed());
          assertEquals(List.of(), w.broken(WatchingObserver.Rule.ONE_JOB_AT_A_TIME), c.toString());
        });
  }

  @Test
  void codingMakesTheAuthorWhoAloneReworksAndNeverReviewsTheirOwnPr() {
    qt().withFixedSeed(QT_SEED + 1).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          WatchingObserver w = WatchingObserver.watch(c.def(), c.phases(), c.stop(), c.seed());
          assertEquals(List.of(), w.broken(WatchingObserver.Rule.AUTHORSHIP), c.toString());
        });
  }

  /** The watcher counts a feature done when its last task deploys, from the task table's features. */
  @Test
  void aFeatureIsDeliveredExactlyWhenTheLastOfItsTasksDeploys() {
    qt().withFixedSeed(QT_SEED + 2).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          WatchingObserver w = WatchingObserver.watch(c.def(), c.phases(), c.stop(), c.seed());
          assertEquals(List.of(), w.broken(WatchingObserver.Rule.DELIVERY), c.toString());
          double observed = c.horizon() - c.warmup();
          double reported = Reported.of(c.def(), c.phases(), c.stop(), c.seed(), 0).get("features_delivered");
          assertEquals(w.featuresDoneInWindow, Math.rint(reported * observed), c.toString());
          assertEquals(w.featuresDoneInWindow, w.sim().stats.get(Count.FEATURES_DELIVERED), c.toString());
        });
  }

  /**
   * Per team, coding + review + rework + testing + meetings + idle is one hour per hour; and each
   * job activity equals focus × the person-hours the watcher saw on it inside the window, jobs
   * still running at the horizon included, over people × observed hours.
   */
  @Test
  void hoursByActivityAddUpToOneHourPerHourWithAndWithoutWarmup() {
    AtomicInteger openAtHorizon = new AtomicInteger();
    AtomicInteger warmedUp = new AtomicInteger();
    AtomicInteger interrupted = new AtomicInteger();
    qt().withFixedSeed(QT_SEED + 3).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          double warmup = c.warmup() > 0 ? c.warmup() : c.horizon() * 0.3;
          for (StopRule stop : List.of(c.withoutWarmup(), new StopRule(c.horizon(), 0, warmup, false))) {
            WatchingObserver w = WatchingObserver.watch(c.def(), c.phases(), stop, c.seed());
            Reported r = Reported.of(c.def(), c.phases(), stop, c.seed(), 0);
            assertHoursAddUp(c, stop, w, r);
            openAtHorizon.addAndGet(w.jobsOpenAtHorizon);
            warmedUp.addAndGet(stop.warmup() > 0 ? 1 : 0);
            interrupted.addAndGet(w.sim().stats.get(Count.INTERRUPTIONS) > 0 ? 1 : 0);
          }
        });
    assertTrue(openAtHorizon.get() > EXAMPLES, "the examples should cut many jobs at the horizon");
    assertEquals(EXAMPLES, warmedUp.get());
    assertTrue(interrupted.get() > 5, "incidents should interrupt jobs in some examples: " + interrupted.get());
  }

  private static void assertHoursAddUp(RandomOrganisations.Case c, StopRule stop, WatchingObserver w, Reported r) {
    double observed = stop.horizon() - stop.warmup();
    for (int t = 0; t < c.def().teams().size(); t++) {
      TeamDef team = c.def().teams().get(t);
      String at = "@" + team.name();
      double sum = 0;
      double busy = 0;
      List<String> jobs = c.def().activities().jobs();
      List<String> all = new java.util.ArrayList<>(jobs);
      all.addAll(Activities.OFF_JOBS);
      for (String activity : all) {
        double hours = r.get("hours_" + activity + at);
        assertTrue(hours >= -ROUNDING, activity + at + " = " + hours + " in " + c);
        sum += hours;
      }
      for (String activity : jobs) {
        double seen = w.busyHours.get(t).getOrDefault(activity, 0.0);
        busy += seen;
        assertEquals(team.focus() * seen / (team.headcount() * observed), r.get("hours_" + activity + at),
            ROUNDING, activity + at + " against the watched jobs, warm-up " + stop.warmup() + ", " + c);
      }
      assertTrue(jobs.containsAll(w.busyHours.get(t).keySet()), "every watched activity is reported: " + c);
      assertEquals(1, sum, ROUNDING, "hours" + at + " with warm-up " + stop.warmup() + " in " + c);
      assertEquals(busy / (team.headcount() * observed), r.get("utilisation" + at), ROUNDING,
          "utilisation" + at + " against the watched jobs in " + c);
    }
  }

  /**
   * Waits are measured from when a task joined a queue to when its job started. And every task
   * ever created is in exactly one place at the horizon: the backlog, a queue, with a person, on a
   * machine, or deployed; work in progress is everything coded-started but not deployed. A deployed
   * PR's id is free (ids are recycled), and a free id is nowhere.
   */
  @Test
  void waitsAreNeverNegativeAndEveryTaskIsInExactlyOnePlace() {
    qt().withFixedSeed(QT_SEED + 4).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          Reported r = Reported.of(c.def(), c.phases(), c.stop(), c.seed(), 0);
          for (String label : r.labelsNamed("wait_mean")) {
            double wait = r.get(label);
            assertTrue(Double.isNaN(wait) || wait >= 0, label + " = " + wait + " in " + c);
          }
          for (String label : r.labelsNamed("queue_length_mean")) {
            assertTrue(r.get(label) >= 0, label + " = " + r.get(label) + " in " + c);
          }
          assertConservation(c, WatchingObserver.watch(c.def(), c.phases(), c.stop(), c.seed()));
        });
  }

  private static void assertConservation(RandomOrganisations.Case c, WatchingObserver w) {
    DeliverySimulation sim = w.sim();
    int created = sim.tasks.created;
    int ids = sim.tasks.end();
    int[] places = new int[ids];
    int backlog = count(sim.backlog, places) + count(sim.uncommitted, places); // committed, or not yet
    for (int task = 0; task < ids; task++) {
      if (sim.tasks.live(task) && sim.tasks.side(task) && sim.tasks.author(task) == TaskTable.NO_ONE) {
        places[task]++; // a side PR still to be made, after its task's own PRs: with its task
        backlog++;
      }
    }
    int waiting = 0;
    for (TaskQueue q : sim.reviews.queues()) {
      waiting += count(q, places);
    }
    for (int p = 0; p < sim.people.count; p++) {
      TaskQueue q = sim.reworkByAuthor[p];
      waiting += count(q, places);
      assertEquals(q.size(), sim.people.reworkWaiting(p), "person " + p + "'s count of PRs waiting for rework");
    }
    for (TaskQueue q : sim.gateQueue) {
      waiting += count(q, places);
    }
    int withPeople = 0;
    for (int p = 0; p < sim.people.count; p++) {
      if (!sim.people.idle(p) && sim.people.doing(p) != Activity.INCIDENTS) { // an incident is no task
        places[sim.people.task(p)]++;
        withPeople++;
      }
      if (sim.interruptions.suspendedTask[p] != Interruptions.NONE) { // put aside for an incident
        places[sim.interruptions.suspendedTask[p]]++;
        withPeople++;
      }
    }
    int[] onMachines = new int[c.def().gates().size()];
    for (int task = 0; task < ids; task++) {
      if (!sim.tasks.live(task)) {
        assertEquals(0, places[task], "places of free id " + task + " in " + c);
        continue;
      }
      if (!Double.isNaN(sim.tasks.passStarted(task))) {
        places[task]++;
        onMachines[sim.tasks.gate(task)]++;
      }
      if (w.deployed(sim.tasks.serial(task))) {
        places[task]++; // deployed yet alive: its id should have been freed
      }
      assertEquals(1, places[task], "places of task " + task + " in " + c);
    }
    int deployed = w.deployments;
    assertEquals(created - deployed, sim.tasks.live(), "every deployed PR's id is free, no other, " + c);
    int machines = 0;
    for (int g = 0; g < onMachines.length; g++) {
      GateDef gate = c.def().gates().get(g);
      // a pure delay has no machines: every PR passes through it at once
      assertTrue(gate.delay() || onMachines[g] <= gate.machines(), "machines busy at gate " + g + " in " + c);
      machines += onMachines[g];
    }
    int inProgress = waiting + withPeople + machines;
    assertEquals(created, backlog + inProgress + deployed, "created = backlog + in progress + deployed, " + c);
    assertEquals(inProgress, sim.stats.wip.level(), "work in progress level at the horizon, " + c);
  }

  private static int count(TaskQueue queue, int[] places) {
    for (int i = 0; i < queue.size(); i++) {
      places[queue.get(i)]++;
    }
    return queue.size();
  }

  /**
   * On a backlog finished well before the horizon, the area under work in progress counts each
   * task's cycle time exactly once, so wip_mean = prs_merged × cycle_time_mean (Little's law with
   * no edge effects); and no task is touched for longer than its cycle time.
   * No chores and no bug tickets here: nothing comes after the backlog.
   */
  @Test
  void littlesLawHoldsExactlyOnceASmallBacklogIsFinished() {
    AtomicInteger finished = new AtomicInteger();
    qt().withFixedSeed(QT_SEED + 6).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          WorkDef work = c.def().work();
          int features = 1 + Math.floorMod(c.seed(), 15);
          DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Backlog(features), work.tasksPerFeature(), work.taskEffort(),
                  work.linesPerHour()), c.def().teams(), withoutBugTickets(c.def().quality()), c.def().review(), c.def().ai(),
                  c.def().policy()).gates(c.def().gates()).openPrsPerAuthor(c.def().openPrsPerAuthor()).build();
          StopRule stop = new StopRule(20_000, 0, 0, false);
          if (WatchingObserver.watch(def, stop, c.seed()).featuresDoneInWindow < features) {
            return;
          }
          finished.incrementAndGet();
          Reported r = Reported.of(def, stop, c.seed(), 0);
          double cycles = r.get("prs_merged") * r.get("cycle_time_mean");
          assertEquals(cycles, r.get("wip_mean"), ROUNDING * Math.max(1, cycles), "Little's law in " + c);
          assertTrue(r.get("flow_efficiency") <= 1 + ROUNDING, "flow efficiency " + r.get("flow_efficiency"));
        });
    assertTrue(finished.get() > EXAMPLES / 2, "most small backlogs should finish: " + finished);
  }

  @Test
  void utilisationOfEveryTeamAndAutomatedGateLiesBetweenZeroAndOne() {
    qt().withFixedSeed(QT_SEED + 5).withExamples(EXAMPLES).forAll(RandomOrganisations.cases())
        .checkAssert(c -> {
          Reported r = Reported.of(c.def(), c.phases(), c.stop(), c.seed(), 0);
          List<String> labels = r.labelsNamed("utilisation");
          long gates = c.def().gates().stream().filter(GateDef::automated).count();
          assertEquals(c.def().teams().size() + gates, labels.size(), "one per team and automated gate");
          for (String label : labels) {
            double u = r.get(label);
            assertTrue(u >= 0 && u <= 1 + ROUNDING, label + " = " + u + " in " + c);
          }
        });
  }

  /** Bug tickets would bring work after the backlog (and a fix's escaped defect the next): none here. */
  private static QualityDef withoutBugTickets(QualityDef q) {
    return new QualityDef(q.defectsPerKloc(), q.reworkHoursPerDefect());
  }
}
