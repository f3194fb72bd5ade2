package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Turns features into tasks waiting to be coded, and tracks when each feature is done.
 *
 * <p>A task's own attributes (effort, AI assistance, defects injected) come from streams read
 * once per task in creation order, defects by inversion with one uniform each, so two variants of
 * a scenario see the same work: comparisons use common random numbers by construction. A backlog
 * is broken into tasks only as developers need work, so a large one costs nothing up front.
 */
final class WorkIntake {
  private final DeliveryDef def;
  private final TaskTable tasks;
  private final TaskQueue backlog;
  private final ContinuousSampler tasksPerFeature;
  private final ContinuousSampler effort;
  private final UniformRandomProvider assistance;
  private final UniformRandomProvider injection;
  private int backlogFeaturesLeft;
  private double[] requested = new double[64];
  private int[] tasksLeft = new int[64];
  private int features;
  /** Backlog features requested at time 0 and not delivered yet; their features have index < this. */
  private int backlogUndelivered;
  private boolean[] fromBacklog = new boolean[64];

  /** New tasks go to {@code backlog}: the coding queue, or the uncommitted tasks with sprints. */
  WorkIntake(DeliveryDef def, RandomStreams streams, TaskTable tasks, TaskQueue backlog) {
    this.def = def;
    this.tasks = tasks;
    this.backlog = backlog;
    tasksPerFeature = def.work().tasksPerFeature().sampler(streams.stream(DeliveryStreams.TASKS_PER_FEATURE));
    effort = def.work().taskEffort().sampler(streams.stream(DeliveryStreams.EFFORT));
    assistance = streams.stream(DeliveryStreams.AI_ASSISTED);
    injection = streams.stream(DeliveryStreams.DEFECTS);
    if (def.work().source() instanceof FeatureSource.Backlog b) {
      backlogFeaturesLeft = b.features();
      backlogUndelivered = b.features();
    }
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
    addFeature(0, now);
    fromBacklog[features - 1] = true;
    return true;
  }

  /** A feature requested at {@code requestedAt}, split at {@code now} into tasks to be coded. */
  void addFeature(double requestedAt, double now) {
    int feature = newFeature(requestedAt);
    int count = Math.max(1, (int) Math.ceil(tasksPerFeature.sample() - 1e-9));
    tasksLeft[feature] = count;
    AiDef ai = def.ai();
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

  boolean backlogLeft() {
    return backlogFeaturesLeft > 0;
  }

  /** Features of the initial backlog not yet delivered: pulled-but-unfinished ones included. */
  int backlogUndelivered() {
    return backlogUndelivered;
  }

  /** One of the feature's tasks deployed; true when it was the last. */
  boolean taskDeployed(int feature) {
    boolean done = --tasksLeft[feature] == 0;
    if (done && fromBacklog[feature]) {
      backlogUndelivered--;
    }
    return done;
  }

  double requestedAt(int feature) {
    return requested[feature];
  }

  private int newFeature(double requestedAt) {
    if (features == requested.length) {
      requested = Arrays.copyOf(requested, features * 2);
      tasksLeft = Arrays.copyOf(tasksLeft, features * 2);
      fromBacklog = Arrays.copyOf(fromBacklog, features * 2);
    }
    requested[features] = requestedAt;
    return features++;
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
