package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Escaped defects reported back as bug tickets: which ones and when. A report puts a fix — a task
 * outside every feature — in the coding queue. Draws come from streams of their own, and none at
 * all without bug tickets, so a scenario that has none runs exactly as before.
 */
final class BugReports {
  private final DeliverySimulation sim;
  private BugsDef def;
  private final UniformRandomProvider reported;
  private final UniformRandomProvider delayStream;
  private ContinuousSampler delay;

  BugReports(DeliverySimulation sim, RandomStreams streams) {
    this.sim = sim;
    reported = streams.stream(DeliveryStreams.BUG_REPORTED);
    delayStream = streams.stream(DeliveryStreams.BUG_DELAY);
    follow(sim.def);
  }

  /** A phase began: bugs are reported as {@code next} says, drawn from the same streams. */
  void follow(DeliveryDef next) {
    def = next.quality().bugs();
    delay = def.reportedAfter().sampler(delayStream);
  }

  /** {@code escaped} defects just reached production: each is reported later with the def's chance. */
  void afterDeploy(int escaped, double now) {
    if (!def.any()) {
      return;
    }
    for (int d = 0; d < escaped; d++) {
      if (reported.nextDouble() < def.share()) {
        sim.schedule(DeliverySimulation.BUG_REPORTED, now + delay.sample(), 0);
      }
    }
  }

  /** A bug is reported: its fix joins the coding queue — unplanned, so committed at once even in a sprint. */
  void report(double now) {
    sim.stats.count(Count.BUGS_REPORTED);
    int fix = sim.intake.addBug(now);
    sim.backlog.add(fix);
    sim.observer.waiting(now, fix, DeliveryDef.CODING);
  }
}
