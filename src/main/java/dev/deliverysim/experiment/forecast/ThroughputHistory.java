package dev.deliverysim.experiment.forecast;

import dev.deliverysim.scenario.tree.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A team's weekly throughput, as read from a CSV: a {@code count} column (optionally beside a
 * {@code week} column, which is kept only for the reader's sake), or a {@code completed} column of
 * ISO dates or timestamps, one row per finished item, which is turned into counts per Monday-to-Sunday week from
 * the first completion's week to the last's, empty weeks included.
 */
public record ThroughputHistory(int[] weeklyCounts) {
  public ThroughputHistory {
    weeklyCounts = weeklyCounts.clone();
    if (weeklyCounts.length == 0) {
      throw new IllegalArgumentException("a history needs at least one week");
    }
  }

  @Override
  public int[] weeklyCounts() {
    return weeklyCounts.clone();
  }

  public int weeks() {
    return weeklyCounts.length;
  }

  public int total() {
    int sum = 0;
    for (int c : weeklyCounts) {
      sum += c;
    }
    return sum;
  }

  public static ThroughputHistory read(Path file) throws ForecastInputException {
    List<String> lines;
    try {
      lines = InputFiles.readText(file, InputFiles.MAX_DATA_BYTES).lines().toList();
    } catch (IOException e) {
      throw new ForecastInputException(file + ": cannot read the history: " + e.getMessage());
    }
    int headerLine = 0;
    while (headerLine < lines.size() && lines.get(headerLine).isBlank()) {
      headerLine++;
    }
    if (headerLine == lines.size()) {
      throw new ForecastInputException(file + ":1:1: empty file; expected a header: count, week,count or completed");
    }
    List<String> header = fields(stripBom(lines.get(headerLine)));
    int count = header.indexOf("count");
    int completed = header.indexOf("completed");
    if (count < 0 && completed < 0) {
      throw new ForecastInputException(file + ":" + (headerLine + 1)
          + ":1: expected a column named count (weekly counts) or completed (ISO dates), found: "
          + String.join(",", header));
    }
    List<Integer> counts = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (int i = headerLine + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> row = fields(line);
      int column = count >= 0 ? count : completed;
      String where = file + ":" + (i + 1) + ":" + (columnStart(line, column) + 1);
      if (column >= row.size() || row.get(column).isEmpty()) {
        throw new ForecastInputException(where + ": missing value in column " + header.get(column));
      }
      String value = row.get(column);
      if (count >= 0) {
        try {
          int n = Integer.parseInt(value);
          if (n < 0) {
            throw new NumberFormatException();
          }
          counts.add(n);
        } catch (NumberFormatException e) {
          throw new ForecastInputException(where + ": expected a whole number ≥ 0 of items finished that week, received: '"
              + value + "'");
        }
      } else {
        try {
          dates.add(day(value));
        } catch (DateTimeParseException e) {
          throw new ForecastInputException(where + ": expected a date such as 2026-03-16 (YYYY-MM-DD) or a timestamp"
              + " such as 2026-09-01T10:00:00Z, received: '" + value + "'");
        }
      }
    }
    int[] weekly = count >= 0 ? counts.stream().mapToInt(Integer::intValue).toArray() : weekly(dates);
    if (weekly.length == 0) {
      throw new ForecastInputException(file + ":" + (headerLine + 2) + ":1: no data rows after the header");
    }
    ThroughputHistory history = new ThroughputHistory(weekly);
    if (history.total() == 0) {
      throw new ForecastInputException(file + ": every week has a count of 0: nothing would ever be finished");
    }
    return history;
  }

  /** The day of a completion: a date, or the date part of an ISO timestamp as written (its own zone's day). */
  static LocalDate day(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(value).toLocalDate();
      } catch (DateTimeParseException notZoned) {
        return LocalDateTime.parse(value).toLocalDate();
      }
    }
  }

  /** The history of completions on {@code dates}, counted per week, empty weeks included. */
  public static ThroughputHistory ofCompletions(List<LocalDate> dates) {
    return new ThroughputHistory(weekly(dates));
  }

  /** Counts per Monday-to-Sunday week, from the first completion's week to the last's. */
  static int[] weekly(List<LocalDate> dates) {
    if (dates.isEmpty()) {
      return new int[0];
    }
    LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
    int[] counts = new int[(int) (ChronoUnit.DAYS.between(first, last) / 7) + 1];
    for (LocalDate d : dates) {
      counts[(int) (ChronoUnit.DAYS.between(first, d) / 7)]++;
    }
    return counts;
  }

  /** Plain comma-separated fields, trimmed and lower-cased for headers; quotes are dropped. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    for (String f : line.split(",", -1)) {
      out.add(f.strip().replace("\"", "").toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static int columnStart(String line, int column) {
    int at = 0;
    for (int c = 0; c < column; c++) {
      int comma = line.indexOf(',', at);
      if (comma < 0) {
        return line.length();
      }
      at = comma + 1;
    }
    while (at < line.length() && line.charAt(at) == ' ') {
      at++;
    }
    return at;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
