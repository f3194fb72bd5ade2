package dev.deliverysim.experiment.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calendar turns working hours into exact dates: weekends, holidays and short days included. */
class WorkingCalendarTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

  @Test
  void hoursFillWorkingDaysFromTheStart() {
    WorkingCalendar c = WorkingCalendar.weekdays(TUESDAY, 8);
    assertEquals(TUESDAY, c.dateAfter(0));
    assertEquals(TUESDAY, c.dateAfter(8));
    assertEquals(LocalDate.of(2026, 12, 2), c.dateAfter(8.5));
    assertEquals(LocalDate.of(2026, 12, 4), c.dateAfter(32));
    // the fifth working day from a Tuesday is the next Monday: the weekend is skipped
    assertEquals(LocalDate.of(2026, 12, 7), c.dateAfter(40));
    assertEquals(LocalDate.of(2026, 12, 7), c.dateAfter(40.000000001));
  }

  @Test
  void aStartOnAWeekendBeginsOnMonday() {
    WorkingCalendar c = WorkingCalendar.weekdays(LocalDate.of(2026, 12, 5), 8);
    assertEquals(LocalDate.of(2026, 12, 7), c.dateAfter(1));
    assertEquals(0, c.hoursUntil(LocalDate.of(2026, 12, 6)));
    assertEquals(8, c.hoursUntil(LocalDate.of(2026, 12, 7)));
  }

  @Test
  void holidaysAreSkipped() {
    Set<LocalDate> christmas = Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    WorkingCalendar c = new WorkingCalendar(
        LocalDate.of(2026, 12, 21), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 8, christmas);
    assertEquals(LocalDate.of(2026, 12, 23), c.dateAfter(24));
    assertEquals(LocalDate.of(2026, 12, 28), c.dateAfter(25));
    assertEquals(24, c.hoursUntil(LocalDate.of(2026, 12, 27)));
  }

  @Test
  void hoursPerDayAndWorkingDaysComeFromTheCaller() {
    WorkingCalendar sixHours = WorkingCalendar.weekdays(TUESDAY, 6);
    assertEquals(LocalDate.of(2026, 12, 2), sixHours.dateAfter(12));
    assertEquals(LocalDate.of(2026, 12, 3), sixHours.dateAfter(12.5));
    WorkingCalendar fourDays = new WorkingCalendar(
        TUESDAY, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 8, Set.of());
    // Tue, Wed, Thu, then Mon: Friday is off
    assertEquals(LocalDate.of(2026, 12, 7), fourDays.dateAfter(32));
  }

  @Test
  void aDateAndTheHoursUntilItAgree() {
    WorkingCalendar c = new WorkingCalendar(TUESDAY, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 7.5,
        Set.of(LocalDate.of(2026, 12, 25)));
    for (double h = 0.25; h < 400; h += 0.25) {
      LocalDate d = c.dateAfter(h);
      assertEquals(true, h <= c.hoursUntil(d), "done by its own date: " + h);
      assertEquals(true, h > c.hoursUntil(d.minusDays(1)), "not done the day before: " + h);
    }
  }
}
