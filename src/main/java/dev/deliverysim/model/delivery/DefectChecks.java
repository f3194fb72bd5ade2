package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * What a check — AI pre-review, human review, a gate — finds among a PR's latent defects, and
 * the fixes it sends back to the PR's author. Each defect is found with the check's probability,
 * from the detection stream: one uniform per defect for the few a PR usually carries, and for more
 * than {@link #COUNTED_ONE_BY_ONE} a single uniform inverted through the binomial law — O(1) draws
 * however many defects a mistaken scenario injects, and no shipped result moves.
 */
final class DefectChecks {
  private final DeliverySimulation sim;
  private final TaskTable tasks;
  private final UniformRandomProvider detection;

  DefectChecks(DeliverySimulation sim, RandomStreams streams) {
    this.sim = sim;
    this.tasks = sim.tasks;
    detection = streams.stream(DeliveryStreams.DETECTION);
  }

  /** Above this many latent defects, one binomial draw replaces a draw per defect. */
  static final int COUNTED_ONE_BY_ONE = 1000;

  /** How many of the task's latent defects a check with per-defect probability {@code p} finds. */
  int found(int task, double p) {
    int defects = tasks.latentDefects(task);
    if (defects > COUNTED_ONE_BY_ONE) {
      return BinomialDistribution.of(defects, Math.min(1, Math.max(0, p)))
          .inverseCumulativeProbability(detection.nextDouble());
    }
    int found = 0;
    for (int d = defects; d > 0; d--) {
      if (detection.nextDouble() < p) {
        found++;
      }
    }
    return found;
  }

  /** Found defects are removed and their fix goes to the author's own queue. */
  void sendBack(int task, int found, int returnTo) {
    sendBack(task, found, found, returnTo);
  }

  /** {@code found} defects are removed; the author's rework is {@code fixes} times a defect's fix. */
  void sendBack(int task, int found, int fixes, int returnTo) {
    tasks.setLatentDefects(task, tasks.latentDefects(task) - found);
    tasks.setPendingRework(task, fixes * sim.def.quality().reworkHoursPerDefect());
    tasks.setReturnTo(task, returnTo);
    tasks.setReadySince(task, sim.now());
    sim.stages.backToAuthor(task);
  }
}
