package dev.deliverysim.scenario.tree;

import java.util.Objects;

/** One {@code key: value} pair of a {@link MapNode}; the key's own position is kept for "unknown field" errors. */
public record MapEntry(Position keyPosition, YamlNode value) {
  public MapEntry {
    Objects.requireNonNull(keyPosition, "keyPosition");
    Objects.requireNonNull(value, "value");
  }
}
