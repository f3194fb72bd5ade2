package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What a check — AI pre-review, human review, a gate — finds among a PR's latent defects, and
 * the fixes it sends back to the PR's author. One uniform per latent defect, from the detection
 * stream: the defects a PR carries are few (the run bounds keep them under a thousand on average).
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

  /** How many of the task's latent defects a check with per-defect probability {@code p} finds. */
  int found(int task, double p) {
    int found = 0;
    for (int d = tasks.latentDefects[task]; d > 0; d--) {
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
    tasks.latentDefects[task] -= found;
    tasks.pendingRework[task] = fixes * sim.def.quality().reworkHoursPerDefect();
    tasks.returnTo[task] = returnTo;
    tasks.readySince[task] = sim.now();
    sim.reworkByAuthor[tasks.author[task]].add(task);
  }
}
