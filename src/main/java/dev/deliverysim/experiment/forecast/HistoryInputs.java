package dev.deliverysim.experiment.forecast;

import dev.deliverysim.experiment.calibrate.CalibrationInputException;
import dev.deliverysim.experiment.calibrate.HistoryImport;
import dev.deliverysim.experiment.calibrate.ImportedHistory;
import dev.deliverysim.experiment.calibrate.ObservedPr;
import dev.deliverysim.experiment.calibrate.Pseudonyms;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Every history {@code forecast --history} reads: its own CSV (weekly counts, or completion dates
 * and timestamps) and whatever {@code calibrate} reads — a git repository or log, GitHub PR JSON, a
 * Jira or stage-timestamp CSV — as the dates people's changes were finished (merged, resolved,
 * done; bots' left out). And the two warnings a forecaster owes: a thin history, and one that drifts.
 */
public final class HistoryInputs {
  /** Fewer completions than this make a thin history. */
  public static final int THIN = 10;
  /** Below this Mann–Whitney p-value, the first and second half of the weeks differ: a drift. */
  static final double DRIFT_P = 0.05;

  /** A history and the warnings it deserves. */
  public record Read(ThroughputHistory history, List<String> warnings) {
    public Read {
      warnings = List.copyOf(warnings);
    }
  }

  private HistoryInputs() {}

  public static Read read(Path file) throws ForecastInputException {
    if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
      throw new ForecastInputException(file + ": cannot read the history: it is not a regular file (a device, a pipe"
          + " or a socket)");
    }
    ThroughputHistory history = ownCsv(file) ? ThroughputHistory.read(file) : imported(file);
    return new Read(history, warnings(file.toString(), history));
  }

  /** A CSV whose header has a {@code count} or {@code completed} column: the forecast's own shape. */
  private static boolean ownCsv(Path file) throws ForecastInputException {
    if (Files.isDirectory(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return false;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null && line.isBlank()) {
        // skip blank lines before the header
      }
      if (line == null) {
        return true; // the forecast's reader says what is wrong with an empty file
      }
      List<String> header = List.of(line.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replace("\"", "").split("\\s*,\\s*"));
      // an export calibrate reads (stage timestamps, Jira's Created, a changelog's To); anything else is the forecast's own,
      // whose reader names the columns it expects
      boolean changelog = header.contains("to") || header.contains("new value") || header.contains("to status");
      return !header.contains("entered_at") && !header.contains("created") && !changelog || header.contains("count")
          || header.contains("completed");
    } catch (IOException e) {
      return true; // let the forecast's reader report it, as before
    }
  }

  private static ThroughputHistory imported(Path file) throws ForecastInputException {
    ImportedHistory h;
    try {
      h = HistoryImport.read(file, null, new Pseudonyms(false),
          new HistoryImport.GitOptions(Duration.ofMinutes(10), null));
    } catch (CalibrationInputException e) {
      throw new ForecastInputException(e.getMessage());
    } catch (IOException e) {
      throw new ForecastInputException(file + ": cannot read the history: " + e.getMessage());
    }
    List<LocalDate> dates = new ArrayList<>();
    for (ObservedPr c : h.changes()) {
      if (!c.bot() && !c.closedUnmerged() && c.finished() != null) {
        dates.add(c.finished().atOffset(ZoneOffset.UTC).toLocalDate());
      }
    }
    if (dates.isEmpty()) {
      throw new ForecastInputException(file + ": no change finished by people (merged, resolved or done) among the "
          + h.changes().size() + " read: nothing to forecast from");
    }
    return ThroughputHistory.ofCompletions(dates);
  }

  /** Thin (fewer than {@value #THIN} completions) or drifting (the halves' weekly counts differ, Mann–Whitney). */
  public static List<String> warnings(String file, ThroughputHistory history) {
    List<String> warnings = new ArrayList<>();
    if (history.total() < THIN) {
      warnings.add(file + ": thin history: " + history.total() + " items finished in " + history.weeks()
          + " weeks (fewer than " + THIN + "); the forecast's spread understates what you do not know");
    }
    int[] weekly = history.weeklyCounts();
    int half = weekly.length / 2;
    if (half >= 4) {
      double[] first = new double[half];
      double[] second = new double[weekly.length - half];
      for (int i = 0; i < weekly.length; i++) {
        if (i < half) {
          first[i] = weekly[i];
        } else {
          second[i - half] = weekly[i];
        }
      }
      double p = MannWhitneyUTest.withDefaults().test(first, second).getPValue();
      if (p < DRIFT_P) {
        warnings.add(String.format(Locale.ROOT, "%s: drifting history: the first %d weeks averaged %.2f items a week,"
            + " the last %d %.2f (Mann–Whitney p = %.3f); the forecast assumes the future looks like all of them",
            file, first.length, mean(first), second.length, mean(second), p));
      }
    }
    return warnings;
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }
}
