package dev.deliverysim.engine;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The name of one source of randomness, such as {@code gates/ci} or {@code quality/detection}: a
 * path of parts joined by {@code /}. Names are built only here, so that two sources can never
 * share a stream — which would silently correlate them:
 * <ul>
 *   <li>a fixed part is a lower-case word ({@code [a-z][a-z0-9-]*});
 *   <li>a part a user chose (a gate's, a station's or a class's name) is escaped — {@code %} as
 *       {@code %25}, {@code /} as {@code %2F} — so it stays one part whatever it contains;
 *   <li>a user's part that would spell one of the model's fixed names (a gate called
 *       {@code flakiness} beside the fixed {@code gates/flakiness}) is marked with a leading
 *       {@code %}, which no escaped name can begin with otherwise ({@code %25} and {@code %2F}
 *       are the only escapes, and neither starts a fixed word).
 * </ul>
 * Names without {@code %}, {@code /} or a clash are unchanged, so results stay as they were.
 */
public final class StreamName {
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*");

  private final String text;

  private StreamName(String text) {
    this.text = text;
  }

  /** The name as hashed into the stream's seed. */
  public String text() {
    return text;
  }

  /** A name of fixed words only, such as {@code of("quality", "detection")}. */
  public static StreamName of(String first, String... more) {
    StringBuilder text = new StringBuilder(word(first));
    for (String w : more) {
      text.append('/').append(word(w));
    }
    return new StreamName(text.toString());
  }

  /** This name followed by a fixed word. */
  public StreamName then(String fixedWord) {
    return new StreamName(text + "/" + word(fixedWord));
  }

  /** This name followed by a name a user chose. */
  public StreamName named(String userName) {
    return new StreamName(text + "/" + escape(userName));
  }

  /**
   * This name followed by a name a user chose, marked when it would otherwise equal one of the
   * model's {@code fixed} names.
   */
  public StreamName named(String userName, Collection<StreamName> fixed) {
    StreamName plain = named(userName);
    return fixed.contains(plain) ? new StreamName(text + "/%" + escape(userName)) : plain;
  }

  private static String word(String w) {
    if (w == null || !WORD.matcher(w).matches()) {
      throw new IllegalArgumentException("a fixed part of a stream name is a lower-case word, was '" + w + "'");
    }
    return w;
  }

  private static String escape(String userName) {
    if (userName == null || userName.isEmpty()) {
      throw new IllegalArgumentException("a user's part of a stream name must not be empty");
    }
    return userName.replace("%", "%25").replace("/", "%2F");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StreamName name && name.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
