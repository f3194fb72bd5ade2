package dev.deliverysim.scenario;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.Timeline;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scenario with uncertain inputs as the experiment layer sees it: replication {@code i} runs the
 * scenario of its outer draw ({@link Uncertainty#drawOf}) with its own inner noise (the streams of
 * replication {@code i}). Still a pure function of (seed, replication): a draw's scenario is
 * compiled from the drawn values alone, and kept for the replications after it that share it.
 */
final class UncertainModel implements SimulationModel {
  /** Draws kept compiled; more would only hold memory (replications of a draw run close together). */
  private static final int KEPT = 64;

  private final SimulationModel nominal;
  private final Uncertainty uncertainty;
  private final Map<Key, SimulationModel> byDraw = new ConcurrentHashMap<>();

  private record Key(long masterSeed, int draw) {}

  UncertainModel(SimulationModel nominal, Uncertainty uncertainty) {
    this.nominal = nominal;
    this.uncertainty = uncertainty;
  }

  @Override
  public MetricCatalog catalog() {
    return nominal.catalog();
  }

  @Override
  public List<String> headline() {
    return nominal.headline();
  }

  @Override
  public ReplicationResult replicate(long masterSeed, int replication) {
    return at(masterSeed, replication).replicate(masterSeed, replication);
  }

  @Override
  public Timeline timeline(long masterSeed, int replication, double intervalHours) {
    return at(masterSeed, replication).timeline(masterSeed, replication, intervalHours);
  }

  private SimulationModel at(long masterSeed, int replication) {
    int draw = uncertainty.drawOf(replication);
    Key key = new Key(masterSeed, draw);
    SimulationModel model = byDraw.get(key);
    if (model == null) {
      model = uncertainty.scenarioAt(uncertainty.draw(masterSeed, draw)).model();
      if (!model.catalog().equals(nominal.catalog())) {
        throw new IllegalStateException("outer draw " + draw + " of the uncertain inputs changes which metrics the"
            + " scenario measures (a team or gate appears or goes): narrow the inputs' ranges");
      }
      if (byDraw.size() >= KEPT) {
        byDraw.clear();
      }
      byDraw.put(key, model);
    }
    return model;
  }
}
