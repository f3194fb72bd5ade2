package dev.deliverysim.model.delivery;

import java.util.regex.Pattern;

/**
 * What a person can do: an open name. Three are built in — {@code code} (write and rework code,
 * and so author pull requests), {@code review} (review other people's pull requests) and
 * {@code test} (serve a gate that names no other skill) — and a scenario may add its own, such as
 * {@code security} for a gate served by an application-security team.
 *
 * @param name a word of letters, digits, {@code -} and {@code _}, starting with a letter; kept in
 *     lower case
 */
public record Skill(String name) {
  // before the constants below: their construction checks names against it
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  public static final Skill CODE = new Skill("code");
  public static final Skill REVIEW = new Skill("review");
  public static final Skill TEST = new Skill("test");

  /** Names are case-insensitive, as the scenario format's other words are: {@code Review} is review. */
  public Skill {
    name = name == null ? null : name.toLowerCase(java.util.Locale.ROOT);
    if (name == null || !WORD.matcher(name).matches()) {
      throw new IllegalArgumentException("a skill is a word of letters, digits, '-' and '_' starting with a"
          + " letter, was '" + name + "'");
    }
  }

  /** Whether {@code name} can be a skill's name. */
  public static boolean valid(String name) {
    return name != null && WORD.matcher(name).matches();
  }

  /**
   * The activity people's hours go to when they serve a gate with this skill, as in
   * {@code hours_testing}: "testing" for the built-in test skill, the skill's own name otherwise.
   */
  public String activity() {
    return equals(TEST) ? "testing" : name;
  }

  @Override
  public String toString() {
    return name;
  }
}
