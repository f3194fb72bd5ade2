package dev.deliverysim.scenario;

import dev.deliverysim.model.StationLoad;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.scenario.delivery.DeliveryLoad;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before anything runs, what would never finish or never fit in memory, and warns about
 * what will take long or describes an overloaded system. Every bound is physical, stated where the
 * scenario reference documents it; the estimates come from the means of the laws (see
 * {@link DeliveryLoad}), so they are rough, and the bounds are set far beyond any real scenario.
 */
final class RunBounds {
  /** A hundred thousand working years: no question about delivery needs a longer horizon. */
  static final double MAX_HORIZON_HOURS = 1e9;
  /** A replication of more events than this takes many minutes (tens of millions a second at best). */
  static final double MAX_EVENTS_PER_REPLICATION = 1e9;
  /** Above this many events in all, the user hears the run will be long before it starts. */
  static final double LONG_RUN_EVENTS = 1e10;
  /** A queue that grows past this many jobs during one replication would need gigabytes. */
  static final double MAX_QUEUED = 1e7;
  /** A task with more defects than this is not code under review: most likely a unit slipped. */
  static final double MAX_DEFECTS_PER_TASK = 1000;

  private final Locator at;

  RunBounds(Locator at) {
    this.at = at;
  }

  /** The network's work: each visit to a station is an arrival and a departure. */
  void network(List<StationLoad> loads, double externalRate, StopRule stop, int replications) {
    double visits = loads.stream().mapToDouble(StationLoad::arrivalRate).sum();
    double hours = Double.isFinite(stop.horizon()) ? stop.horizon() : stop.maxJobs() / externalRate;
    work(2 * visits * hours, replications, Double.isFinite(stop.horizon()) ? "run.horizon" : "run.jobs");
    for (int s = 0; s < loads.size(); s++) {
      StationLoad load = loads.get(s);
      if (load.saturated() && load.offeredLoad() > 1 && Double.isFinite(load.offeredLoad())) {
        queue(load.arrivalRate() * (1 - 1 / load.offeredLoad()) * hours, "stations[" + s + "]",
            "station '" + load.station() + "'");
      }
    }
  }

  void delivery(DeliveryDef delivery, StopRule stop, int replications) {
    DeliveryLoad load = DeliveryLoad.of(delivery, stop.horizon());
    if (load.defectsPerTask() > MAX_DEFECTS_PER_TASK) {
      at.error(delivery.ai().defectInjection() > 1 ? "delivery.ai.defect_injection" : "delivery.work",
          "expected at most " + (long) MAX_DEFECTS_PER_TASK + " defects in a task on average (task_effort ×"
              + " lines_per_hour × pr_size × defects_per_kloc × defect_injection), received: about " + g(load.defectsPerTask()));
    }
    work(load.eventsPerReplication(), replications, "run.horizon");
    if (load.peopleLoad() > 1) {
      at.warning("delivery.work.features", "the organisation is overloaded: coding and review alone need about "
          + g(load.peopleLoad()) + "× the focused hours its people have, so work piles up without bound and lead"
          + " times describe the horizon only, not a steady state; add people or lower the arrival rate");
      queue(load.growthPerHour() * stop.horizon(), "delivery.work.features", "the organisation's backlog");
    }
  }

  private void work(double events, int replications, String path) {
    if (!(events <= MAX_EVENTS_PER_REPLICATION)) {
      at.error(path, "expected a replication of at most 10^9 events (rate × horizon × stages), received: about "
          + g(events) + " events, days of computing; shorten the run or lower the rate");
    } else if (events * replications > LONG_RUN_EVENTS) {
      at.warning(path, "a long run: about " + g(events * replications) + " events in all ("
          + replications + " replications); expect many minutes");
    }
  }

  private void queue(double queued, String path, String what) {
    if (queued > MAX_QUEUED) {
      at.error(path, "expected a queue that fits in memory (at most 10^7 waiting), received: " + what
          + " would hold about " + g(queued) + " by the horizon; shorten the run or lower the load");
    }
  }

  private static String g(double x) {
    return String.format(Locale.ROOT, "%.3g", x);
  }
}
