package dev.deliverysim.experiment.calibrate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Calendar time turned into the simulation's clock, which runs in working hours only: of each
 * Monday-to-Friday (UTC) the time elapsed counts {@code hoursPerDay / 24} of itself, weekends
 * count nothing. So a PR open from Friday 16:00 to Monday 10:00 spent 18 calendar hours of
 * working days, 6 working hours at 8 hours a day. Nights are spread evenly rather than cut out:
 * a timestamp says when, not whether someone was at work.
 */
final class WorkingTime {
  private WorkingTime() {}

  /** Working hours between two instants ({@code from} ≤ {@code to}). */
  static double hours(Instant from, Instant to, double hoursPerDay) {
    double seconds = 0;
    LocalDate day = from.atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate last = to.atOffset(ZoneOffset.UTC).toLocalDate();
    while (!day.isAfter(last)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant a = from.isAfter(start) ? from : start;
        Instant b = to.isBefore(end) ? to : end;
        if (b.isAfter(a)) {
          seconds += Duration.between(a, b).toMillis() / 1000.0;
        }
      }
      day = day.plusDays(1);
    }
    return seconds / 3600 * hoursPerDay / 24;
  }
}
