package dev.deliverysim.scenario;

import java.util.regex.Pattern;

/**
 * What a scenario's {@code name} may be. Results go to {@code results/<name>} unless {@code --out}
 * says otherwise, and a run replaces what it finds there: a name that is a path ({@code ../../x}),
 * empty, or a hidden file's name would write, or delete, outside the results folder. So a name is
 * one plain folder name: letters, digits, {@code .}, {@code -}, {@code _} and inner spaces,
 * starting with a letter or a digit, at most {@value #MAX_LENGTH} characters.
 */
final class ScenarioName {
  static final int MAX_LENGTH = 100;
  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}._ -]*[\\p{L}\\p{N}._-])?");

  private ScenarioName() {}

  /** Reports at {@code name} why it cannot name a results folder; true when it can. */
  static boolean check(String name, Locator at) {
    if (name == null) {
      return false; // already reported as a missing required field
    }
    if (name.length() > MAX_LENGTH || !SAFE.matcher(name).matches()) {
      at.error("name", "expected a name that can be a folder name (results go to results/<name>): letters,"
          + " digits, '.', '-', '_' and inner spaces, starting with a letter or a digit, at most "
          + MAX_LENGTH + " characters, received: " + quoted(name));
      return false;
    }
    return true;
  }

  /** The name as received, shortened and with control characters shown, so it cannot flood or garble a terminal. */
  private static String quoted(String name) {
    String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
    StringBuilder out = new StringBuilder("\"");
    shown.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }
}
