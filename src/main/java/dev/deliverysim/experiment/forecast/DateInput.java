package dev.deliverysim.experiment.forecast;

import dev.deliverysim.scenario.tree.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads the dates a forecast is given: ISO dates in options, holiday lists, working days. */
public final class DateInput {
  private DateInput() {}

  /** An ISO date ({@code 2026-12-01}) given to {@code option}. */
  public static LocalDate date(String option, String text) throws ForecastInputException {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new ForecastInputException(
          option + ": expected a date such as 2026-12-01 (YYYY-MM-DD), received: '" + text + "'");
    }
  }

  /**
   * Holidays from a file (one ISO date a line; blank lines and {@code #} comments skipped) when
   * {@code text} names an existing file, else from a comma-separated list of dates.
   */
  public static Set<LocalDate> holidays(String text) throws ForecastInputException {
    Set<LocalDate> days = new TreeSet<>();
    Path file = Path.of(text);
    if (Files.isRegularFile(file)) {
      List<String> lines;
      try {
        lines = InputFiles.readText(file, InputFiles.MAX_DATA_BYTES).lines().toList();
      } catch (IOException e) {
        throw new ForecastInputException(file + ": cannot read the holidays: " + e.getMessage());
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int hash = line.indexOf('#');
        String content = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (content.isEmpty()) {
          continue;
        }
        int column = line.indexOf(content.charAt(0)) + 1;
        try {
          days.add(LocalDate.parse(content));
        } catch (DateTimeParseException e) {
          throw new ForecastInputException(file + ":" + (i + 1) + ":" + column
              + ": expected a date such as 2026-12-25 (YYYY-MM-DD), received: '" + content + "'");
        }
      }
      return days;
    }
    for (String part : text.split(",", -1)) {
      if (part.isBlank() && text.isBlank()) {
        continue;
      }
      days.add(date("--holidays", part));
    }
    return days;
  }

  /** {@code MON,TUE,WED} (or full names, any case). */
  public static Set<DayOfWeek> workingDays(String text) throws ForecastInputException {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.split(",", -1)) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      DayOfWeek day = null;
      for (DayOfWeek d : DayOfWeek.values()) {
        if (!name.isEmpty() && (d.name().equals(name) || (name.length() == 3 && d.name().startsWith(name)))) {
          day = d;
        }
      }
      if (day == null) {
        throw new ForecastInputException("--working-days: expected days such as MON,TUE,WED,THU,FRI, received: '"
            + part + "'");
      }
      days.add(day);
    }
    return days;
  }
}
