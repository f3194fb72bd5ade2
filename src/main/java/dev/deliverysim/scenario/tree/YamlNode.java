package dev.deliverysim.scenario.tree;

/**
 * One value of a scenario document that remembers where it was written, so every later error can
 * point at a line and column.
 *
 * <p>Trees are immutable; edits ({@link TreeEdits}) build new spines and share untouched subtrees.
 */
public sealed interface YamlNode permits MapNode, ListNode, ScalarNode {

  /** Where the value's first character is (for a block map: its first key). */
  Position position();

  /**
   * Describes the value for the {@code received: ...} half of an error message: {@code a map},
   * {@code a list}, {@code null}, a quoted string or a bare number/boolean.
   */
  String describe();

  /**
   * Describes what a whole file holds when it is not a map, without quoting it: a file that is not
   * a scenario (named by mistake, or by a hostile {@code extends}) must never be echoed.
   */
  default String describeDocument() {
    return this instanceof ScalarNode scalar && !scalar.isNull() ? "a single value (is this a scenario file?)" : describe();
  }
}
