package dev.deliverysim.experiment.calibrate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A span of whole Monday-to-Sunday weeks (UTC): {@code from} (a Monday) included, {@code to}
 * (a Monday) excluded. Fits and comparisons count changes by the week they finished in.
 */
public record Window(LocalDate from, LocalDate to) {
  public Window {
    if (from.getDayOfWeek() != DayOfWeek.MONDAY || to.getDayOfWeek() != DayOfWeek.MONDAY || !to.isAfter(from)) {
      throw new IllegalArgumentException("a window is whole weeks, Monday to Monday: " + from + ".." + to);
    }
  }

  /** The whole weeks from the week of {@code first} to the week of {@code last}, both included. */
  public static Window spanning(Instant first, Instant last) {
    LocalDate a = first.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate b = last.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    return new Window(a, b);
  }

  public int weeks() {
    return (int) (ChronoUnit.DAYS.between(from, to) / 7);
  }

  public boolean contains(Instant t) {
    return t != null && !t.isBefore(from.atStartOfDay().toInstant(ZoneOffset.UTC))
        && t.isBefore(to.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** The week (0-based) {@code t} falls in; {@code t} must be inside. */
  public int week(Instant t) {
    return (int) (ChronoUnit.DAYS.between(from, t.atOffset(ZoneOffset.UTC).toLocalDate()) / 7);
  }

  /** The first {@code weeks} weeks, and the rest. */
  public Window[] split(int weeks) {
    LocalDate at = from.plusWeeks(weeks);
    return new Window[] {new Window(from, at), new Window(at, to)};
  }

  /** {@code 2025-06-02..2025-11-30}: the last day included, as people write a period. */
  @Override
  public String toString() {
    return from + ".." + to.minusDays(1);
  }
}
