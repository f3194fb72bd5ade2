package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Production incidents: which escaped defects cause one and when, the incidents waiting for
 * someone to restore service, the person who restores it, and the time to restore once they have.
 */
final class IncidentDesk {
  /** Incidents waiting for someone to restore service, by incident id. */
  final TaskQueue waiting = new TaskQueue();
  private final DeliverySimulation sim;
  private IncidentsDef def;
  private final UniformRandomProvider occurrence;
  private final UniformRandomProvider delayStream;
  private final UniformRandomProvider restoreStream;
  private ContinuousSampler delay;
  private ContinuousSampler restore;
  /** Per incident id, when it surfaced. Ids are recycled once service is restored (see {@link TaskTable}). */
  private double[] surfacedAt = new double[16];
  private final IdPool ids = new IdPool();

  IncidentDesk(DeliverySimulation sim, RandomStreams streams) {
    this.sim = sim;
    occurrence = streams.stream(DeliveryStreams.INCIDENT_OCCURRENCE);
    delayStream = streams.stream(DeliveryStreams.INCIDENT_SURFACING);
    restoreStream = streams.stream(DeliveryStreams.INCIDENT_RESTORE);
    follow(sim.def);
  }

  /** A phase began: incidents follow {@code next}, drawn from the same streams. */
  void follow(DeliveryDef next) {
    def = next.incidents();
    delay = def.surfacesAfter().sampler(delayStream);
    restore = def.restore().sampler(restoreStream);
  }

  /** For each escaped defect that causes an incident, {@code schedule} gets its id and delay. */
  void afterDeploy(int escaped, IncidentScheduler schedule) {
    for (int d = 0; d < escaped && def.modelled(); d++) {
      if (occurrence.nextDouble() < def.perEscapedDefect()) {
        schedule.in(delay.sample(), newIncident());
      }
    }
  }

  /**
   * The incident shows in production now and waits for the next free coder — or, when incidents
   * interrupt, takes one off their job.
   */
  void surfaced(int incident) {
    surfacedAt[incident] = sim.now();
    waiting.add(incident);
    sim.stats.count(Count.INCIDENTS);
    sim.dispatch();
    if (def.interrupts() && !waiting.isEmpty()) {
      sim.interruptions.takeSomeoneForNextIncident();
    }
  }

  /** Person {@code p} starts restoring service after {@code incident}: unplanned work, first. */
  void start(int p, int incident) {
    People people = sim.people;
    double now = sim.now();
    double effortHours = restore.sample()
        + people.switchTo(p, People.INCIDENT, sim.def.coordination().contextSwitchHours());
    people.setDoing(p, Activity.INCIDENTS);
    people.setStage(p, People.NO_STAGE);
    people.setTask(p, incident);
    people.setEffort(p, effortHours);
    people.setStarted(p, now);
    sim.observer.started(now, p, Activity.INCIDENTS, incident, TaskTable.NO_ONE);
    people.setEndsAt(p, now + effortHours / people.focus(p));
    sim.scheduleJobEnd(p);
  }

  /** Service is restored: its time to restore counts if the incident surfaced in the window; its id is free. */
  void restored(int incident) {
    if (surfacedAt[incident] >= sim.stats.windowStart) {
      double ttr = sim.now() - surfacedAt[incident];
      sim.stats.timeToRestore.add(ttr);
      sim.stats.timeToRestoreTally.add(ttr);
    }
    ids.give(incident);
  }

  /** An id for an incident to come: a restored one's, or a new one. */
  private int newIncident() {
    int incident = ids.take();
    if (incident == surfacedAt.length) {
      surfacedAt = Arrays.copyOf(surfacedAt, incident * 2);
    }
    return incident;
  }

  /** How many incidents the arrays hold before they must grow: the most ever open at once, rounded up. */
  int capacity() {
    return surfacedAt.length;
  }

  /** Schedules an incident {@code delay} hours from now. */
  @FunctionalInterface
  interface IncidentScheduler {
    void in(double delay, int incident);
  }
}
