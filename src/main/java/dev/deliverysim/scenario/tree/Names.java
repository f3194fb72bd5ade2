package dev.deliverysim.scenario.tree;

import java.util.Collection;
import java.util.List;

/** Lists of names inside messages, shortened: ten thousand stations must not make each error a page. */
public final class Names {
  /** Names shown before the list is cut. */
  static final int SHOWN = 10;

  private Names() {}

  /** {@code a, b, c}, or the first {@value #SHOWN} then {@code …, 10001 in all}. */
  public static String listed(Collection<String> names) {
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    List<String> first = names.stream().limit(SHOWN).toList();
    return String.join(", ", first) + ", … (" + names.size() + " in all)";
  }
}
