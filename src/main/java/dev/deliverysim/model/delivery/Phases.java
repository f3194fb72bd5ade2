package dev.deliverysim.model.delivery;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A scenario's phases in one replication: each begins at its date, and from then on every part of
 * the simulation that keeps something made from the definition (a sampler, a limit, a flag) makes
 * it again from the phase's, drawing on the streams it had — so a phase at time 0 is the same run,
 * bit for bit, as the phase's values written into the scenario. Work already made, queued or
 * under way keeps what it was made with; the next arrival already drawn still comes.
 */
final class Phases {
  private final DeliverySimulation sim;
  private final List<PhaseDef> phases;

  Phases(DeliverySimulation sim, List<PhaseDef> phases) {
    this.sim = sim;
    this.phases = phases;
  }

  /** At the start of the run: a phase at time 0 is followed at once, before anything is drawn. */
  void start() {
    for (int k = 0; k < phases.size(); k++) {
      if (phases.get(k).at() == 0) {
        follow(phases.get(k).def());
      } else {
        sim.schedule(DeliverySimulation.PHASE_BEGINS, phases.get(k).at(), k);
      }
    }
  }

  /** Phase {@code k} begins now; new limits may let people start work. */
  void begin(int k) {
    follow(phases.get(k).def());
    sim.dispatch();
  }

  private void follow(DeliveryDef next) {
    sim.def = next;
    sim.interarrival = interarrival(next, sim.arrivalStream);
    sim.intake.follow(next);
    sim.chooser.follow(next);
    sim.reviews.follow(next);
    sim.requests.follow(next);
    sim.release.follow(next);
    sim.gateLine.follow(next);
    sim.incidents.follow(next);
    sim.bugs.follow(next);
  }

  /** Features' time between arrivals under {@code def}; null for a backlog. */
  static ContinuousSampler interarrival(DeliveryDef def, UniformRandomProvider stream) {
    return def.work().source() instanceof FeatureSource.Arrivals arrivals
        ? arrivals.interarrival().sampler(stream) : null;
  }
}
