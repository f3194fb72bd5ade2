package dev.deliverysim.scenario.tree;

import java.util.Objects;

/**
 * A YAML scalar, kept as the exact text the user wrote plus what YAML resolved it to.
 *
 * <p>The raw text matters because binding to a string must give {@code 1.50}, not {@code 1.5}; the
 * {@link Kind} matters because a plain {@code null}, {@code ~} or empty value is a YAML null while
 * a quoted {@code 'null'} is the four-letter string.
 */
public record ScalarNode(Position position, String text, Kind kind) implements YamlNode {

  /** What the YAML parser resolved the scalar to (YAML 1.1 rules, as Jackson applies them). */
  public enum Kind {
    /** Plain {@code null}, {@code Null}, {@code NULL}, {@code ~} or no value at all. */
    NULL,
    /** Any quoted scalar, and plain text that is not a number, boolean or null. */
    STRING,
    INTEGER,
    FLOAT,
    /** Includes YAML 1.1 words such as {@code yes}/{@code off}; the binder only accepts true/false. */
    BOOLEAN
  }

  private static final int MAX_QUOTED_LENGTH = 60;

  public ScalarNode {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  /** A YAML null at {@code position}, used for empty documents and empty {@code --set} values. */
  public static ScalarNode nullAt(Position position) {
    return new ScalarNode(position, "", Kind.NULL);
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  @Override
  public String describe() {
    if (kind == Kind.NULL) {
      return "null";
    }
    if (kind != Kind.STRING) {
      return text;
    }
    String shown = text.length() > MAX_QUOTED_LENGTH ? text.substring(0, MAX_QUOTED_LENGTH) + "…" : text;
    return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
  }
}
