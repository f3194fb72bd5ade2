package dev.deliverysim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code compare --set-variant NAME:PATH=VALUE}: variants made from the base by overrides, in the
 * order first named; repeating a NAME adds to that variant's overrides.
 */
final class SetVariants {
  private SetVariants() {}

  /** Each variant's name with its PATH=VALUE overrides. */
  static Map<String, List<String>> parse(List<String> specs) {
    Map<String, List<String>> variants = new LinkedHashMap<>();
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      int equals = spec.indexOf('=');
      if (colon <= 0 || equals < colon + 2 || equals == spec.length() - 1) {
        throw new IllegalArgumentException("'" + spec + "': expected NAME:PATH=VALUE, such as"
            + " hire:delivery.teams[devs].headcount=8");
      }
      String name = spec.substring(0, colon).strip();
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new IllegalArgumentException("'" + name + "' in '" + spec + "': a variant's name is letters,"
            + " digits, '.', '_' and '-', so it can name a folder and a CSV row");
      }
      variants.computeIfAbsent(name, n -> new ArrayList<>()).add(spec.substring(colon + 1));
    }
    return variants;
  }
}
