package dev.deliverysim.experiment.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates, holidays and working days are read strictly, and a mistake says where it is. */
class DateInputTest {
  @Test
  void holidaysComeFromAFileOrAList() throws Exception {
    Set<LocalDate> fromFile = DateInput.holidays("src/test/resources/forecast/holidays.txt");
    assertEquals(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)), fromFile);
    assertEquals(fromFile, DateInput.holidays("2026-12-24, 2026-12-25,2027-01-01"));
  }

  @Test
  void aBadHolidayIsLocated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("days.txt");
    Files.writeString(file, "2026-12-24\n# comment\n  2026-12-32\n");
    ForecastInputException e = assertThrows(ForecastInputException.class, () -> DateInput.holidays(file.toString()));
    assertEquals(file + ":3:3: expected a date such as 2026-12-25 (YYYY-MM-DD), received: '2026-12-32'", e.getMessage());
    assertThrows(ForecastInputException.class, () -> DateInput.holidays("2026-12-24,christmas"));
  }

  @Test
  void workingDaysAndDates() throws Exception {
    assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SUNDAY), DateInput.workingDays("mon,TUE,sunday"));
    assertThrows(ForecastInputException.class, () -> DateInput.workingDays("MON,XYZ"));
    assertEquals(LocalDate.of(2026, 12, 1), DateInput.date("--start", "2026-12-01"));
    ForecastInputException e = assertThrows(ForecastInputException.class, () -> DateInput.date("--target", "31/03/2027"));
    assertEquals("--target: expected a date such as 2026-12-01 (YYYY-MM-DD), received: '31/03/2027'", e.getMessage());
  }
}
