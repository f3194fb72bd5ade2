package dev.deliverysim.scenario.tree;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the scalar types {@link RecordBinder} knows without a converter, from the raw text the user
 * wrote (not Jackson's YAML 1.1 reading of it, which would accept {@code yes} as true).
 */
final class BuiltinScalars {

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?=\\.?[0-9])[0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");
  private static final List<Class<?>> TYPES = List.of(String.class, Integer.class, int.class,
      Long.class, long.class, Double.class, double.class, Boolean.class, boolean.class);

  private BuiltinScalars() {}

  static boolean supports(Class<?> type) {
    return TYPES.contains(type) || type.isEnum();
  }

  /** What a value of {@code type} looks like, for "expected ..." messages. */
  static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "one of: " + String.join(", ", enumNames(type));
  }

  /** The value of {@code node} as {@code type}; throws with the whole error message if it is not one. */
  static Object parse(Class<?> type, ScalarNode node) {
    String text = node.text();
    if (type == String.class) {
      return text;
    }
    if (type == Integer.class || type == int.class) {
      return integer(node, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE))
          .intValue();
    }
    if (type == Long.class || type == long.class) {
      return integer(node, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE))
          .longValue();
    }
    if (type == Double.class || type == double.class) {
      return number(node);
    }
    if (type == Boolean.class || type == boolean.class) {
      return bool(node);
    }
    return enumConstant(type, node);
  }

  private static BigInteger integer(ScalarNode node, BigInteger min, BigInteger max) {
    if (!INTEGER.matcher(node.text()).matches()) {
      throw rejected("an integer", node);
    }
    BigInteger value = new BigInteger(node.text().replace("_", ""));
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw rejected("an integer between " + min + " and " + max, node);
    }
    return value;
  }

  private static double number(ScalarNode node) {
    if (!NUMBER.matcher(node.text()).matches()) {
      throw rejected("a number", node);
    }
    double value = Double.parseDouble(node.text().replace("_", ""));
    if (!Double.isFinite(value)) {
      throw rejected("a finite number", node);
    }
    return value;
  }

  private static boolean bool(ScalarNode node) {
    switch (node.text()) {
      case "true": case "True": case "TRUE":
        return true;
      case "false": case "False": case "FALSE":
        return false;
      default:
        throw rejected("true or false", node);
    }
  }

  private static Object enumConstant(Class<?> type, ScalarNode node) {
    String wanted = node.text().trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return constant;
      }
    }
    List<String> names = enumNames(type);
    String hint = Spelling.hint(wanted, names);
    throw new IllegalArgumentException(
        "expected one of: " + String.join(", ", names) + ", received: " + node.describe() + hint);
  }

  private static List<String> enumNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toList());
  }

  private static IllegalArgumentException rejected(String expected, ScalarNode node) {
    return new IllegalArgumentException("expected " + expected + ", received: " + node.describe());
  }
}
