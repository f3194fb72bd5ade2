package dev.deliverysim.model.delivery;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.StopRule;
import java.util.List;

/**
 * What the public model reports for one replication, in hours, looked up by label: tests read the
 * numbers a user would see rather than the simulation's fields.
 */
record Reported(MetricCatalog catalog, ReplicationResult result) {

  static Reported of(DeliveryDef def, StopRule stop, long seed, int replication) {
    return of(def, java.util.List.of(), stop, seed, replication);
  }

  static Reported of(DeliveryDef def, java.util.List<PhaseDef> phases, StopRule stop, long seed, int replication) {
    DeliveryModel model = new DeliveryModel(def, phases, stop, OutputUnit.HOURS);
    return new Reported(model.catalog(), model.replicate(seed, replication));
  }

  double get(String label) {
    int at = catalog.indexOf(label);
    if (at < 0) {
      throw new IllegalArgumentException("no metric " + label + " in " + labels());
    }
    return result.value(at);
  }

  /** Labels of every metric with this name, e.g. all {@code wait_mean@*}. */
  List<String> labelsNamed(String name) {
    return catalog.keys().stream().filter(k -> k.name().equals(name)).map(MetricKey::label).toList();
  }

  private List<String> labels() {
    return catalog.keys().stream().map(MetricKey::label).toList();
  }
}
