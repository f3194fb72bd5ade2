package dev.deliverysim.scenario.tree;

import java.util.List;
import java.util.Objects;

/** A YAML sequence; each element carries its own position for errors such as {@code stations[2].servers}. */
public record ListNode(Position position, List<YamlNode> elements) implements YamlNode {

  public ListNode {
    Objects.requireNonNull(position, "position");
    elements = List.copyOf(elements);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
