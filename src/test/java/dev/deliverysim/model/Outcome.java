package dev.deliverysim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** One replication's values, looked up by metric label as reports show them. */
record Outcome(MetricCatalog catalog, ReplicationResult result) {

  static Outcome of(NetworkModel model, long seed) {
    return new Outcome(model.catalog(), model.replicate(seed, 0));
  }

  double get(String label) {
    int index = catalog.indexOf(label);
    assertTrue(index >= 0, () -> "no metric " + label + " in " + catalog);
    return result.value(index);
  }
}
