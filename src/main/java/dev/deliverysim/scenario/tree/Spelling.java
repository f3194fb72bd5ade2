package dev.deliverysim.scenario.tree;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Maps Java names to the snake_case keys users write, and guesses which known key a misspelt one meant.
 */
public final class Spelling {

  private static final int MAX_EDITS = 2;
  private static final int MIN_PREFIX = 3;
  private static final int PREFIX_SCORE = MAX_EDITS + 1;

  private Spelling() {}

  /** {@code maxQueue} → {@code max_queue}, {@code p95Target} → {@code p95_target}, {@code httpURL} → {@code http_url}. */
  public static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterWord = i > 0 && !Character.isUpperCase(camel.charAt(i - 1));
        boolean endsAcronym = i > 0 && Character.isUpperCase(camel.charAt(i - 1))
            && i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (afterWord || endsAcronym) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The known name closest to {@code typed}: the same name in another case or separator style
   * ({@code maxQueue}, {@code Max-Queue}), else the fewest edits (at most two, and fewer than the
   * typed length so two-letter keys do not match everything), else one that is a prefix of the other.
   * Ties go to the name listed first.
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    LevenshteinDistance distance = new LevenshteinDistance(MAX_EDITS);
    String lower = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : known) {
      int score = score(typed, lower, candidate, distance);
      if (score >= 0 && score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " (did you mean 'x'?)"} for the {@link #closest} known name, or nothing: the hint every message appends. */
  public static String hint(String typed, Collection<String> known) {
    return closest(typed, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
  }

  private static int score(String typed, String lower, String candidate, LevenshteinDistance distance) {
    if (loose(typed).equals(loose(candidate))) {
      return 0;
    }
    String other = candidate.toLowerCase(Locale.ROOT);
    int edits = distance.apply(lower, other);
    if (edits >= 0 && edits < typed.length()) {
      return edits;
    }
    boolean prefix = lower.length() >= MIN_PREFIX && other.startsWith(lower)
        || other.length() >= MIN_PREFIX && lower.startsWith(other);
    if (prefix) {
      return PREFIX_SCORE;
    }
    return -1;
  }

  private static String loose(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }
}
