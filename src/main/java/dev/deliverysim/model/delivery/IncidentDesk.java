package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Production incidents: which escaped defects cause one and when, the incidents waiting for
 * someone to restore service, and the time to restore once someone has.
 */
final class IncidentDesk {
  /** Incidents waiting for someone to restore service, by incident id. */
  final TaskQueue waiting = new TaskQueue();
  private final IncidentsDef def;
  private final UniformRandomProvider occurrence;
  private final ContinuousSampler delay;
  private final ContinuousSampler restore;
  private double[] surfacedAt = new double[16];
  private int count;

  IncidentDesk(IncidentsDef def, RandomStreams streams) {
    this.def = def;
    occurrence = streams.stream(DeliveryStreams.INCIDENT_OCCURRENCE);
    delay = def.surfacesAfter().sampler(streams.stream(DeliveryStreams.INCIDENT_SURFACING));
    restore = def.restore().sampler(streams.stream(DeliveryStreams.INCIDENT_RESTORE));
  }

  /** For each escaped defect that causes an incident, {@code schedule} gets its id and delay. */
  void afterDeploy(int escaped, IncidentScheduler schedule) {
    for (int d = 0; d < escaped && def.modelled(); d++) {
      if (occurrence.nextDouble() < def.perEscapedDefect()) {
        if (count == surfacedAt.length) {
          surfacedAt = Arrays.copyOf(surfacedAt, count * 2);
        }
        schedule.in(delay.sample(), count++);
      }
    }
  }

  /** The incident shows in production at {@code now} and waits for the next free coder. */
  void surface(int incident, double now) {
    surfacedAt[incident] = now;
    waiting.add(incident);
  }

  double restoreEffort() {
    return restore.sample();
  }

  /** Time to restore: from the incident surfacing to service restored, waiting included. */
  double timeToRestore(int incident, double now) {
    return now - surfacedAt[incident];
  }

  double surfacedAt(int incident) {
    return surfacedAt[incident];
  }

  /** Schedules an incident {@code delay} hours from now. */
  @FunctionalInterface
  interface IncidentScheduler {
    void in(double delay, int incident);
  }
}
