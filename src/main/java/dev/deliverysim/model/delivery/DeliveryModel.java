package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.StopRule;
import java.util.List;

/** The delivery model, replicable: each call runs one independent replication to the horizon. */
public final class DeliveryModel implements SimulationModel {
  private final DeliveryDef def;
  private final StopRule stop;
  private final List<DeliveryMetrics.Metric> metrics;
  private final MetricCatalog catalog;
  private final double[] factors;

  public DeliveryModel(DeliveryDef def, StopRule stop, OutputUnit unit) {
    if (Double.isInfinite(stop.horizon()) || stop.drain()) {
      throw new IllegalArgumentException("the delivery model runs to a horizon, without draining");
    }
    this.def = def;
    this.stop = stop;
    this.metrics = DeliveryMetrics.of(def);
    OutputUnit.Conversion conversion = unit.convert(metrics.stream().map(DeliveryMetrics.Metric::key).toList());
    this.catalog = conversion.catalog();
    this.factors = conversion.factors();
  }

  public DeliveryDef definition() {
    return def;
  }

  @Override
  public MetricCatalog catalog() {
    return catalog;
  }

  @Override
  public ReplicationResult replicate(long masterSeed, int replication) {
    DeliverySimulation sim = new DeliverySimulation(def, stop, new RandomStreams(masterSeed, replication));
    sim.run();
    DeliveryMetrics.Finished finished = finish(sim);
    double[] values = new double[metrics.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = metrics.get(i).read().applyAsDouble(finished) * factors[i];
    }
    return new ReplicationResult(replication, values, sim.eventCount);
  }

  /**
   * Time-average number waiting at each stage: waits of jobs that started there, plus the waiting
   * so far of those still queued, over the window. The bottleneck is the stage with the most.
   */
  private static DeliveryMetrics.Finished finish(DeliverySimulation sim) {
    double now = sim.now();
    double observed = now - sim.stats.windowStart;
    int stages = sim.stats.waits.length;
    double[] waiting = new double[stages];
    for (int s = 0; s < stages; s++) {
      waiting[s] = sim.stats.waits[s].sum();
    }
    addOpenWaits(sim, sim.backlog, waiting, DeliveryStats.CODING);
    addOpenWaits(sim, sim.reviewQueue, waiting, DeliveryStats.REVIEW);
    for (TaskQueue q : sim.reworkByAuthor) {
      addOpenWaits(sim, q, waiting, DeliveryStats.REWORK);
    }
    for (int g = 0; g < sim.gateQueue.length; g++) {
      addOpenWaits(sim, sim.gateQueue[g], waiting, DeliveryStats.FIRST_GATE + g);
    }
    int bottleneck = 0;
    for (int s = 0; s < stages; s++) {
      waiting[s] /= observed;
      if (waiting[s] > waiting[bottleneck]) {
        bottleneck = s;
      }
    }
    return new DeliveryMetrics.Finished(sim, observed, waiting, bottleneck);
  }

  private static void addOpenWaits(DeliverySimulation sim, TaskQueue queue, double[] waiting, int stage) {
    for (int i = 0; i < queue.size(); i++) {
      double since = Math.max(sim.tasks.readySince[queue.get(i)], sim.stats.windowStart);
      waiting[stage] += sim.now() - since;
    }
  }
}
