package dev.deliverysim.study;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.forecast.CompletionRows;
import dev.deliverysim.experiment.forecast.DateInput;
import dev.deliverysim.experiment.forecast.ForecastInputException;
import dev.deliverysim.experiment.forecast.ForecastRow;
import dev.deliverysim.experiment.forecast.HistoryForecast;
import dev.deliverysim.experiment.forecast.HistoryInputs;
import dev.deliverysim.experiment.forecast.SimulatedForecast;
import dev.deliverysim.experiment.forecast.ThroughputHistory;
import dev.deliverysim.experiment.forecast.WorkingCalendar;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.ForecastChart;
import dev.deliverysim.report.ForecastCsv;
import dev.deliverysim.report.ForecastReport;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.Units;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * {@code forecast}: when will a fixed backlog be done, simulated from a scenario or drawn from a
 * team's throughput history, as dates on a working calendar. Bad dates, ranges or files are a
 * {@link ForecastInputException} with one sentence naming the option.
 */
public final class ForecastStudy {
  public static final long DEFAULT_HISTORY_SEED = 42;

  /**
   * The calendar and the questions, as given (dates as text, checked here). {@code items},
   * {@code split}, {@code trials} and {@code seed} apply to a history; null when not given.
   */
  public record Options(int threads, String start, String target, String by, String holidays, String workingDays,
      Integer items, String split, int trials, Long seed) {}

  /**
   * What a forecast produced: the folder's name, the heading, the rows and what identifies it.
   *
   * @param loaded the scenario simulated, or null for a forecast from history
   * @param dates each trial's completion date (null where not done)
   */
  public record Result(String name, String heading, List<ForecastRow> rows, String input,
      List<LoadedScenario.SourceFile> sources, List<String> overrides, long seed, int trials, int threads,
      List<LocalDate> dates, LocalDate target, LoadedScenario loaded, Instant started, double wallSeconds,
      List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
      rows = List.copyOf(rows);
      sources = List.copyOf(sources);
      overrides = List.copyOf(overrides);
      dates = java.util.Collections.unmodifiableList(new ArrayList<>(dates)); // may hold nulls
    }
  }

  private ForecastStudy() {}

  public static Path defaultFolder(Result result) {
    return Path.of("results", result.name() + "-forecast");
  }

  /** The simulated answer, from a scenario whose work is a backlog. */
  public static Result simulated(LoadedScenario loaded, Options o, StudyListener listener, Cancellation cancellation)
      throws ForecastInputException, ScenarioException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    if (o.items() != null || o.split() != null) {
      throw new ForecastInputException("--items and --split apply to --history; a scenario's backlog sets the work");
    }
    Scenario s = loaded.scenario();
    int features = SimulatedForecast.backlog(s);
    if (features == 0) {
      throw new ForecastInputException(loaded.input() + ": scenario '" + s.name() + "' has no backlog to forecast;"
          + " give it delivery.work.backlog: N (the features to finish) instead of arrivals");
    }
    WorkingCalendar calendar = calendar(o, s.units().hoursPerDay());
    LocalDate targetDate = o.target() == null ? null : DateInput.date("--target", o.target());
    ReplicationRunner runner = new ReplicationRunner(o.threads(), cancellation);
    double[] hours = SimulatedForecast.completionHours(s, runner);
    List<ForecastRow> rows = new ArrayList<>(CompletionRows.completion("simulated", hours, "h", calendar::dateAfter,
        targetDate, horizonDate(calendar, s)));
    if (o.by() != null) {
      LocalDate byDate = DateInput.date("--by", o.by());
      double h = calendar.hoursUntil(byDate);
      if (!(h > 0)) {
        throw new ForecastInputException("--by: " + byDate + " has no working hours after the start " + calendar.start());
      }
      Scenario upTo = ScenarioLoader.withOverrides(loaded, List.of("run.horizon=" + h + "h", "run.warmup=0"))
          .scenario();
      rows.addAll(CompletionRows.items("simulated", SimulatedForecast.delivered(upTo, runner), byDate));
    }
    String heading = String.format(Locale.ROOT, "%s: simulated, %d replications, seed %d, backlog of %d features; %s",
        s.name(), s.replications(), s.seed(), features, describe(calendar));
    List<LocalDate> dates = Arrays.stream(hours)
        .mapToObj(h -> Double.isFinite(h) ? calendar.dateAfter(h) : null).toList();
    return new Result(s.name(), heading, rows, loaded.input(), loaded.sources(), loaded.overrides(), s.seed(),
        s.replications(), o.threads(), dates, targetDate, loaded, started, (System.nanoTime() - t0) / 1e9, List.of());
  }

  /** The answer from a team's throughput history (weekly counts or completion dates). */
  public static Result fromHistory(Path history, Options o) throws ForecastInputException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    if (o.items() == null || o.items() < 1) {
      throw new ForecastInputException("--items: with --history, give the number of items left (an integer ≥ 1)");
    }
    if (o.trials() < 1) {
      throw new ForecastInputException("--trials: expected an integer ≥ 1, received: " + o.trials());
    }
    double[] range = splitRange(o.split());
    LocalDate startDate = DateInput.date("--start", o.start());
    LocalDate targetDate = o.target() == null ? null : DateInput.date("--target", o.target());
    calendar(o, Units.DEFAULT.hoursPerDay()); // checks --holidays and --working-days, which weekly throughput already reflects
    HistoryInputs.Read read = HistoryInputs.read(history);
    ThroughputHistory past = read.history();
    String sha256 = sha256(history);
    long seed = o.seed() != null ? o.seed() : DEFAULT_HISTORY_SEED;
    HistoryForecast forecast = new HistoryForecast(past, o.trials(), seed);
    double[] weeks = Arrays.stream(forecast.weeksToFinish(o.items(), range[0], range[1])).asDoubleStream().toArray();
    // done during the w-th week: by the end of its last day, as simulated dates are read
    List<ForecastRow> rows = new ArrayList<>(CompletionRows.completion("history", weeks, "w",
        w -> startDate.plusWeeks((long) w).minusDays(1), targetDate, null));
    if (o.by() != null) {
      LocalDate byDate = DateInput.date("--by", o.by());
      if (byDate.isBefore(startDate)) {
        throw new ForecastInputException("--by: " + byDate + " is before the start " + startDate);
      }
      int whole = (int) ((ChronoUnit.DAYS.between(startDate, byDate) + 1) / 7); // the by-date included
      rows.addAll(CompletionRows.items("history", forecast.itemsWithin(whole), byDate));
    }
    String name = history.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String heading = String.format(Locale.ROOT,
        "%s: history, %d trials, seed %d, %d items%s; %d weeks of throughput (mean %.2f/week); start %s",
        name, o.trials(), seed, o.items(), o.split() == null ? "" : " × split " + range[0] + "–" + range[1],
        past.weeks(), (double) past.total() / past.weeks(), startDate);
    List<LocalDate> dates = Arrays.stream(weeks)
        .mapToObj(w -> Double.isFinite(w) ? startDate.plusWeeks((long) w).minusDays(1) : null).toList();
    return new Result(name, heading, rows, history.toString(),
        List.of(new LoadedScenario.SourceFile(history.toString(), sha256)), List.of(), seed, o.trials(), 1, dates,
        targetDate, null, started, (System.nanoTime() - t0) / 1e9, read.warnings());
  }

  /** Writes forecast.csv, the completion-date chart, report.html and the manifest. */
  public static Path write(Result r, Path target, Invocation invocation, StudyListener listener) throws IOException {
    Manifest manifest = invocation.manifest(r.input(), r.sources(), r.overrides(), r.seed(), r.trials(), r.threads(),
        r.started(), r.wallSeconds());
    try (ResultsWriter out = ResultsWriter.create(target)) {
      out.text(ForecastCsv.FILE, w -> ForecastCsv.write(r.rows(), w));
      List<FlowCharts.Drawn> charts = new ArrayList<>();
      ChartDrawing.draw(() -> charts.add(ForecastChart.write(out, r.name(), r.dates(), r.rows(), r.target())),
          false, listener);
      ForecastReport.write(out, r.name(), r.heading(), r.warnings(), r.rows(), charts,
          r.loaded() != null ? Assumptions.of(r.loaded()) : List.of(), manifest);
      return out.commit(manifest);
    }
  }

  /** The calendar date of the scenario's horizon; a sentence, not a crash, when out of reach. */
  private static LocalDate horizonDate(WorkingCalendar calendar, Scenario s) throws ForecastInputException {
    try {
      return calendar.dateAfter(s.stop().horizon());
    } catch (IllegalArgumentException e) {
      throw new ForecastInputException("run.horizon (" + s.stop().horizon() + " working hours) ends beyond"
          + " the calendar's reach (200 years): give the scenario a shorter horizon");
    }
  }

  private static WorkingCalendar calendar(Options o, double hoursPerDay) throws ForecastInputException {
    LocalDate startDate = DateInput.date("--start", o.start());
    return new WorkingCalendar(startDate, DateInput.workingDays(o.workingDays()), hoursPerDay,
        o.holidays() == null ? java.util.Set.of() : DateInput.holidays(o.holidays()));
  }

  private static double[] splitRange(String split) throws ForecastInputException {
    if (split == null) {
      return new double[] {1, 1};
    }
    String[] parts = split.strip().split("\\s*-\\s*|\\s*:\\s*");
    try {
      double low = Double.parseDouble(parts[0]);
      double high = parts.length > 1 ? Double.parseDouble(parts[1]) : low;
      if (parts.length > 2 || !(low >= 1) || !(high >= low) || Double.isInfinite(high)) {
        throw new NumberFormatException();
      }
      return new double[] {low, high};
    } catch (NumberFormatException e) {
      throw new ForecastInputException("--split: expected LOW-HIGH with 1 ≤ LOW ≤ HIGH, such as 1.0-1.5, received: '"
          + split + "'");
    }
  }

  private static String describe(WorkingCalendar c) {
    String days = c.workingDays().stream().sorted().map(d -> d.name().substring(0, 3)).reduce((a, b) -> a + "," + b)
        .orElse("");
    return String.format(Locale.ROOT, "start %s, %s × %s h, %d holidays", c.start(), days,
        c.hoursPerDay() == Math.rint(c.hoursPerDay()) ? Long.toString((long) c.hoursPerDay()) : c.hoursPerDay(),
        c.holidays().size());
  }

  /** Streamed: a history in calibrate's formats may be larger than a forecast CSV; a repository has none. */
  private static String sha256(Path file) throws ForecastInputException {
    if (java.nio.file.Files.isDirectory(file)) {
      return "";
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new ForecastInputException(file + ": cannot read the history: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
