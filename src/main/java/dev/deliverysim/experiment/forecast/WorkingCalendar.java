package dev.deliverysim.experiment.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps the simulation's working hours onto calendar dates: work starts at the beginning of
 * {@code start}, fills {@code hoursPerDay} on each working day, and skips the other days and the
 * holidays. The simulation clock has no nights or weekends, so this is where they come back.
 */
public record WorkingCalendar(
    LocalDate start, Set<DayOfWeek> workingDays, double hoursPerDay, Set<LocalDate> holidays) {
  /** Rounding slack, so that 40.000000001 working hours still end on day 5 of 8-hour days. */
  private static final double EPSILON = 1e-9;

  /** Longest stretch searched for the next working day: a calendar with none would loop forever. */
  private static final int MAX_DAYS = 366 * 200;

  public WorkingCalendar {
    if (start == null || workingDays == null || workingDays.isEmpty()) {
      throw new IllegalArgumentException("a calendar needs a start date and at least one working day");
    }
    if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
      throw new IllegalArgumentException("hours per day must lie in (0, 24], was " + hoursPerDay);
    }
    workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
    holidays = Set.copyOf(new TreeSet<>(holidays));
  }

  /** Monday to Friday, no holidays. */
  public static WorkingCalendar weekdays(LocalDate start, double hoursPerDay) {
    return new WorkingCalendar(
        start, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), hoursPerDay, Set.of());
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * The date on which work of {@code hours} working hours, begun at the start, is finished: the
   * k-th working day from the start (the start itself counts when it is a working day), where k
   * is the number of days the hours fill, rounded up. Zero hours end on the first working day.
   */
  public LocalDate dateAfter(double hours) {
    if (!(hours >= 0) || Double.isInfinite(hours)) {
      throw new IllegalArgumentException("working hours must be finite and ≥ 0, was " + hours);
    }
    long days = Math.max(1, (long) Math.ceil(hours / hoursPerDay - EPSILON));
    LocalDate date = start;
    long seen = 0;
    for (int guard = 0; guard < MAX_DAYS; guard++) {
      if (isWorkingDay(date) && ++seen == days) {
        return date;
      }
      date = date.plusDays(1);
    }
    throw new IllegalArgumentException("no working day within reach: check the working days and holidays");
  }

  /**
   * Working hours from the start to the end of {@code date}, inclusive: work of at most this many
   * hours is done by that date, and {@code dateAfter(h) ≤ date} exactly when {@code h ≤ hoursUntil(date)}.
   * Zero for a date before the start.
   */
  public double hoursUntil(LocalDate date) {
    long workingDays = 0;
    for (LocalDate d = start; !d.isAfter(date); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        workingDays++;
      }
    }
    return workingDays * hoursPerDay;
  }
}
