package dev.deliverysim.scenario.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds and parses the field paths that name a place in a scenario, such as {@code stations[2].servers}.
 *
 * <p>Map keys are joined with dots and list indices written in brackets. A key that contains a dot,
 * bracket, quote or whitespace is written {@code ["like this"]} (with {@code \"} and {@code \\}
 * escapes) so every path parses back to the keys it was built from. The empty path is the root.
 * Not to be confused with {@link java.nio.file.Paths}.
 */
public final class Paths {

  private static final Pattern PLAIN_KEY = Pattern.compile("[^.\\[\\]\"\\s]+");

  private Paths() {}

  /** One step of a path. */
  public sealed interface Segment permits Key, Index, Named, Append {}

  /** A map key. */
  public record Key(String name) implements Segment {}

  /** A list index (0-based). */
  public record Index(int index) implements Segment {}

  /** In {@code --set} only: the item of a list whose {@code name} is this, as in {@code teams[devs]}. */
  public record Named(String name) implements Segment {}

  /** In {@code --set} only, last: a new item at the end of a list, as in {@code gates[+]}. */
  public record Append() implements Segment {}

  /** A malformed path, with the 1-based column in the path text where the problem is. */
  public static final class MalformedPathException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int column;
    private final String problem;

    MalformedPathException(String path, int column, String problem) {
      super("malformed path '" + path + "': " + problem + " at column " + column);
      this.column = column;
      this.problem = problem;
    }

    /** What is wrong, without the path and column (for messages that already show both). */
    public String problem() {
      return problem;
    }

    public int column() {
      return column;
    }
  }

  /** A segment plus its 0-based offset in the path text, so edits can point at a segment. */
  record Located(Segment segment, int offset) {}

  /** The path of {@code key} inside the map at {@code path}. */
  public static String child(String path, String key) {
    if (!PLAIN_KEY.matcher(key).matches()) {
      return path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of element {@code i} of the list at {@code path}. */
  public static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  /** The segments of {@code path}; throws {@link MalformedPathException} naming the bad column. */
  public static List<Segment> parse(String path) {
    List<Segment> segments = new ArrayList<>();
    for (Located located : parseLocated(path)) {
      segments.add(located.segment());
    }
    return List.copyOf(segments);
  }

  /** Writes segments back as a path; {@code format(parse(p))} is {@code p} in canonical form. */
  public static String format(List<Segment> segments) {
    String path = "";
    for (Segment segment : segments) {
      if (segment instanceof Key key) {
        path = child(path, key.name());
      } else if (segment instanceof Index index) {
        path = index(path, index.index());
      } else {
        path += segment instanceof Named named ? "[" + named.name() + "]" : "[+]";
      }
    }
    return path;
  }

  static List<Located> parseLocated(String path) {
    List<Located> segments = new ArrayList<>();
    int pos = 0;
    while (pos < path.length()) {
      char c = path.charAt(pos);
      if (c == '[') {
        pos = path.startsWith("[\"", pos) ? quotedKey(path, pos, segments) : index(path, pos, segments);
        continue;
      }
      if (c == '.') {
        if (segments.isEmpty()) {
          throw new MalformedPathException(path, pos + 1, "a path cannot start with '.'");
        }
        pos++;
      } else if (!segments.isEmpty()) {
        throw new MalformedPathException(path, pos + 1, "expected '.' or '[' before '" + c + "'");
      }
      int end = pos;
      while (end < path.length() && isKeyChar(path.charAt(end))) {
        end++;
      }
      if (end == pos) {
        String found = end < path.length() ? "'" + path.charAt(end) + "'" : "the end";
        throw new MalformedPathException(path, end + 1, "expected a key but found " + found);
      }
      segments.add(new Located(new Key(path.substring(pos, end)), pos));
      pos = end;
    }
    return segments;
  }

  private static boolean isKeyChar(char c) {
    return c != '.' && c != '[' && c != ']' && c != '"' && !Character.isWhitespace(c);
  }

  private static int index(String path, int open, List<Located> segments) {
    int close = path.indexOf(']', open);
    if (close < 0) {
      throw new MalformedPathException(path, open + 1, "'[' without a closing ']'");
    }
    String inside = path.substring(open + 1, close);
    if (inside.matches("[0-9]{1,9}")) {
      segments.add(new Located(new Index(Integer.parseInt(inside)), open));
    } else if (inside.equals("+")) {
      segments.add(new Located(new Append(), open));
    } else if (inside.matches("[\\p{L}\\p{N}_][^\\[\\]\"]*")) {
      segments.add(new Located(new Named(inside), open));
    } else {
      throw new MalformedPathException(path, open + 2,
          "expected a list index (0, 1, 2, ...), an item's name or '+' in brackets, found '" + inside + "'");
    }
    return close + 1;
  }

  private static int quotedKey(String path, int open, List<Located> segments) {
    StringBuilder key = new StringBuilder();
    int pos = open + 2;
    while (pos < path.length() && path.charAt(pos) != '"') {
      char c = path.charAt(pos);
      if (c == '\\' && pos + 1 < path.length()) {
        pos++;
        c = path.charAt(pos);
      }
      key.append(c);
      pos++;
    }
    if (!path.startsWith("\"]", pos)) {
      throw new MalformedPathException(path, open + 1, "quoted key without a closing '\"]'");
    }
    segments.add(new Located(new Key(key.toString()), open));
    return pos + 2;
  }
}
