package dev.deliverysim.scenario.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML mapping whose keys keep the order they were written in, so output and merges stay predictable.
 *
 * <p>The entries are copied into an unmodifiable insertion-ordered map, so callers may pass any map.
 */
public record MapNode(Position position, Map<String, MapEntry> entries) implements YamlNode {

  public MapNode {
    Objects.requireNonNull(position, "position");
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** The value under {@code key}, or null if the key is absent. */
  public YamlNode get(String key) {
    MapEntry entry = entries.get(key);
    return entry == null ? null : entry.value();
  }

  /** A copy with {@code key} set; an existing key keeps its place in the order. */
  public MapNode with(String key, MapEntry entry) {
    LinkedHashMap<String, MapEntry> copy = new LinkedHashMap<>(entries);
    copy.put(key, entry);
    return new MapNode(position, copy);
  }

  /** A copy without {@code key}. */
  public MapNode without(String key) {
    LinkedHashMap<String, MapEntry> copy = new LinkedHashMap<>(entries);
    copy.remove(key);
    return new MapNode(position, copy);
  }

  @Override
  public String describe() {
    return "a map";
  }
}
