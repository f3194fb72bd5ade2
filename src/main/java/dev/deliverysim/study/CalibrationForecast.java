package dev.deliverysim.study;

import dev.deliverysim.experiment.calibrate.CalibrationInputException;
import dev.deliverysim.experiment.forecast.CompletionRows;
import dev.deliverysim.experiment.forecast.ForecastInputException;
import dev.deliverysim.experiment.forecast.ForecastRow;
import dev.deliverysim.experiment.forecast.HistoryForecast;
import dev.deliverysim.experiment.forecast.HistoryInputs;
import dev.deliverysim.experiment.forecast.ThroughputHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The forecast {@code calibrate} gives with its scenario: from the team's weekly throughput over
 * the whole history (the held-out weeks too: they are the most recent), the way
 * {@code forecast --history} draws it — how many changes in the next {@code weeks} weeks, and when
 * the next {@code items} will be done, with the chance of finishing them by the end of those weeks
 * (never "100%", with a Wilson interval). The weeks start on the Monday after the data's last week.
 *
 * @param weeks the weeks ahead asked about
 * @param items the changes asked about; null: the weeks' worth at the history's mean rate, rounded up
 *     — "is planning on the average safe?"
 */
public record CalibrationForecast(int weeks, Integer items) {
  public static final int DEFAULT_WEEKS = 4;
  /** The most weeks ahead asked about: a forecast from a sampled past means little years ahead. */
  static final int MAX_WEEKS = 520;
  static final int MAX_ITEMS = 1_000_000;

  public static CalibrationForecast defaults() {
    return new CalibrationForecast(DEFAULT_WEEKS, null);
  }

  /** The answer: its heading, its rows (forecast.csv's), and the warnings the history deserves. */
  public record Answer(String heading, List<ForecastRow> rows, List<String> warnings, int items, LocalDate start,
      LocalDate by) {
    public Answer {
      rows = List.copyOf(rows);
      warnings = List.copyOf(warnings);
    }
  }

  void check() throws CalibrationInputException {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new CalibrationInputException("--forecast-weeks: expected an integer from 1 to " + MAX_WEEKS
          + ", received: " + weeks);
    }
    if (items != null && (items < 1 || items > MAX_ITEMS)) {
      throw new CalibrationInputException("--forecast-items: expected an integer from 1 to " + MAX_ITEMS
          + ", received: " + items);
    }
  }

  /**
   * @param weekly changes people finished in each week of the history, oldest first
   * @param start the Monday after the history's last week
   * @param source the input, for warnings
   */
  Answer answer(int[] weekly, LocalDate start, String source) throws CalibrationInputException {
    ThroughputHistory past = new ThroughputHistory(weekly);
    double mean = (double) past.total() / past.weeks();
    int k = items != null ? items : Math.max(1, (int) Math.ceil(mean * weeks - 1e-9));
    LocalDate by = start.plusWeeks(weeks).minusDays(1);
    HistoryForecast forecast = new HistoryForecast(past, HistoryForecast.DEFAULT_TRIALS,
        ForecastStudy.DEFAULT_HISTORY_SEED);
    double[] toFinish;
    try {
      toFinish = Arrays.stream(forecast.weeksToFinish(k, 1, 1)).asDoubleStream().toArray();
    } catch (ForecastInputException e) {
      throw new CalibrationInputException(source + ": --forecast-items " + k + ": " + e.getMessage());
    }
    // done during the w-th week: by the end of its last day, as forecast --history reads it
    List<ForecastRow> rows = new ArrayList<>(CompletionRows.completion("history", toFinish, "w",
        w -> start.plusWeeks((long) w).minusDays(1), by, null));
    rows.addAll(CompletionRows.items("history", forecast.itemsWithin(weeks), by));
    String heading = String.format(Locale.ROOT, "forecast from %d weeks of throughput (mean %.2f changes/week), %d"
        + " trials, seed %d: the next %d changes, and changes in the %d weeks %s..%s", past.weeks(), mean,
        HistoryForecast.DEFAULT_TRIALS, ForecastStudy.DEFAULT_HISTORY_SEED, k, weeks, start, by);
    return new Answer(heading, rows, HistoryInputs.warnings(source, past), k, start, by);
  }
}
