package dev.deliverysim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ordered list of metrics a model reports; every replication's values follow this order. */
public record MetricCatalog(List<MetricKey> keys) {
  public MetricCatalog {
    keys = List.copyOf(keys);
    Map<String, Integer> seen = new HashMap<>();
    for (MetricKey key : keys) {
      if (seen.put(key.label(), 0) != null) {
        throw new IllegalArgumentException("metric " + key.label() + " is listed twice");
      }
    }
  }

  public int size() {
    return keys.size();
  }

  /** Position of the metric with this label, e.g. {@code utilisation@review}; -1 if absent. */
  public int indexOf(String label) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).label().equals(label)) {
        return i;
      }
    }
    return -1;
  }
}
