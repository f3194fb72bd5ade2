package dev.deliverysim.scenario;

import dev.deliverysim.model.OutputUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads human durations and rates. Time is working time: a day is {@code hoursPerDay} hours and a
 * week {@code daysPerWeek} days. A plain number is hours; a rate is a count per duration.
 */
public record Units(double hoursPerDay, double daysPerWeek, OutputUnit output) {
  public static final Units DEFAULT = new Units(8, 5, OutputUnit.HOURS);

  private static final Pattern DURATION =
      Pattern.compile("([0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+)\\s*([a-z]*)");
  static final String DURATION_EXPECTED =
      "a duration ≥ 0 such as 30m, 4h, 2d or 1w (s, m, h, d, w; a plain number is hours)";
  static final String RATE_EXPECTED =
      "a rate > 0 such as 0.9 (per hour), 12/d, 3/w or 1/30m";

  public Units {
    if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
      throw new IllegalArgumentException("hours_per_day must lie in (0, 24], was " + hoursPerDay);
    }
    if (!(daysPerWeek > 0 && daysPerWeek <= 7)) {
      throw new IllegalArgumentException("days_per_week must lie in (0, 7], was " + daysPerWeek);
    }
  }

  public TimeSpan duration(String text) {
    Double hours = hoursOf(text.trim().toLowerCase(Locale.ROOT));
    if (hours == null) {
      throw new IllegalArgumentException(DURATION_EXPECTED);
    }
    return new TimeSpan(hours);
  }

  /** {@code 0.9} per hour, {@code 12/d}, {@code 3/w}, {@code 1/30m}, {@code 5 per day}. */
  public Rate rate(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace(" per ", "/");
    int slash = t.indexOf('/');
    String countPart = slash < 0 ? t : t.substring(0, slash).trim();
    String perPart = slash < 0 ? "1h" : t.substring(slash + 1).trim();
    Double count = hoursOf(countPart);
    if (count == null || countPart.matches(".*[a-z].*")) {
      throw new IllegalArgumentException(RATE_EXPECTED);
    }
    Double per = hoursOf(Character.isDigit(perPart.isEmpty() ? 'x' : perPart.charAt(0)) || perPart.startsWith(".")
        ? perPart : "1" + perPart);
    if (per == null || !(per > 0) || !(count > 0)) {
      throw new IllegalArgumentException(RATE_EXPECTED);
    }
    return new Rate(count / per);
  }

  private Double hoursOf(String t) {
    Matcher m = DURATION.matcher(t);
    if (!m.matches()) {
      return null;
    }
    double number = Double.parseDouble(m.group(1));
    double factor =
        switch (m.group(2)) {
          case "", "h", "hr", "hrs", "hour", "hours" -> 1;
          case "s", "sec", "secs", "second", "seconds" -> 1.0 / 3600;
          case "m", "min", "mins", "minute", "minutes" -> 1.0 / 60;
          case "d", "day", "days" -> hoursPerDay;
          case "w", "wk", "week", "weeks" -> hoursPerDay * daysPerWeek;
          default -> Double.NaN;
        };
    double hours = number * factor;
    return Double.isFinite(hours) ? hours : null;
  }
}
