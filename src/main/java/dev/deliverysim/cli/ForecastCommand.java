package dev.deliverysim.cli;

import dev.deliverysim.experiment.forecast.CompletionRows;
import dev.deliverysim.experiment.forecast.DateInput;
import dev.deliverysim.experiment.forecast.ForecastInputException;
import dev.deliverysim.experiment.forecast.ForecastRow;
import dev.deliverysim.experiment.forecast.HistoryForecast;
import dev.deliverysim.experiment.forecast.SimulatedForecast;
import dev.deliverysim.experiment.forecast.ThroughputHistory;
import dev.deliverysim.experiment.forecast.WorkingCalendar;
import dev.deliverysim.report.AtomicFiles;
import dev.deliverysim.report.ForecastCsv;
import dev.deliverysim.report.ForecastTable;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.ForecastChart;
import dev.deliverysim.report.ForecastReport;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ManifestJson;
import dev.deliverysim.report.ResultsFolder;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.Units;
import dev.deliverysim.scenario.tree.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast}: when will a fixed backlog be done, simulated from a scenario or drawn from a
 * team's throughput history, as dates on a working calendar.
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = "Forecast when a backlog will be done (p50/p85/p95 dates, chance of a target date, items by a"
        + " date), simulated from a scenario with delivery.work.backlog or drawn from a throughput history;"
        + " writes forecast.csv, a completion-date chart, report.html and manifest.json to"
        + " results/<name>-forecast/ (or --out).",
    footer = {"", "Examples:",
        "  deliverysim forecast scenarios/forecast-backlog.yaml --start 2026-12-01 --target 2027-03-31",
        "  deliverysim forecast --history throughput.csv --items 40 --start 2026-12-01 --split 1.0-1.5"})
final class ForecastCommand implements Callable<Integer> {
  private static final long DEFAULT_HISTORY_SEED = 42;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario with delivery.work.backlog.")
  Path scenario;

  @Option(names = "--history", paramLabel = "FILE", description = "CSV of weekly counts (count or week,count) or completion dates (completed).")
  Path history;

  @Option(names = "--items", paramLabel = "N", description = "With --history: items left to finish.")
  Integer items;

  @Option(names = "--split", paramLabel = "LOW-HIGH", description = "With --history: each item becomes this many (uniform), e.g. 1.0-1.5.")
  String split;

  @Option(names = "--trials", paramLabel = "N", description = "With --history: Monte Carlo trials (default 10000).")
  int trials = HistoryForecast.DEFAULT_TRIALS;

  @Option(names = "--start", required = true, paramLabel = "DATE", description = "First day of work (YYYY-MM-DD).")
  String start;

  @Option(names = "--target", paramLabel = "DATE", description = "Report the chance of being done by this date.")
  String target;

  @Option(names = "--by", paramLabel = "DATE", description = "Report how many items are done by this date.")
  String by;

  @Option(names = "--holidays", paramLabel = "FILE|DATES", description = "Days off: a file of ISO dates, one a line, or a comma list.")
  String holidays;

  @Option(names = "--working-days", paramLabel = "DAYS", description = "Working days (default MON,TUE,WED,THU,FRI).")
  String workingDays = "MON,TUE,WED,THU,FRI";

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>-forecast).")
  Path out;

  @Option(names = "--quiet", description = "Print nothing but problems.")
  boolean quiet;

  /** What a mode produced: the folder's name, the heading, the rows and the manifest's identity. */
  private record Answer(String name, String heading, List<ForecastRow> rows, Path input, List<Manifest.Source> sources,
      List<String> overrides, long seed, int trials, List<LocalDate> dates, LocalDate target) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Answer answer;
    try {
      if ((scenario == null) == (history == null)) {
        throw new ForecastInputException("give either a SCENARIO (simulated) or --history FILE (from throughput)");
      }
      answer = history != null ? fromHistory() : simulated(err);
    } catch (ForecastInputException e) {
      err.println("deliverysim forecast: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (ScenarioException e) {
      e.problems().stream().map(Problem::format).forEach(err::println);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    ResultsFolder folder = OutputFolder.prepare("forecast", out != null ? out : Path.of("results", answer.name() + "-forecast"), err);
    if (folder == null) {
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    AtomicFiles.write(folder.dir().resolve(ForecastCsv.FILE), w -> ForecastCsv.write(answer.rows(), w));
    Manifest manifest = new Manifest(Version.current(), answer.input().toString(), answer.sources(), answer.overrides(),
        answer.seed(), answer.trials(), history != null ? 1 : options.threads,
        List.copyOf(spec.commandLine().getParseResult().originalArgs()), started.toString(), wall,
        System.getProperty("java.version"));
    List<FlowCharts.Drawn> charts = new ArrayList<>();
    Charts.draw(() -> charts.add(ForecastChart.write(folder.dir(), answer.name(), answer.dates(), answer.rows(),
        answer.target())), err);
    ForecastReport.write(folder.dir(), answer.name(), answer.heading(), answer.rows(), charts,
        scenario != null ? Assumptions.of(scenario, answer.overrides()) : List.of(), manifest);
    AtomicFiles.write(folder.dir().resolve(ResultsFolder.MANIFEST_JSON), w -> ManifestJson.write(manifest, w));
    if (!quiet) {
      new ForecastTable(stdout).print(answer.heading(), answer.rows());
      stdout.println("results: " + folder.dir());
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private Answer simulated(PrintWriter err) throws ForecastInputException, ScenarioException {
    if (items != null || split != null) {
      throw new ForecastInputException("--items and --split apply to --history; a scenario's backlog sets the work");
    }
    List<String> overrides = options.overrides();
    LoadedScenario loaded = ScenarioLoader.load(scenario, overrides);
    loaded.warnings().forEach(w -> err.println(w.format()));
    Scenario s = loaded.scenario();
    int features = SimulatedForecast.backlog(s);
    if (features == 0) {
      throw new ForecastInputException(scenario + ": scenario '" + s.name() + "' has no backlog to forecast;"
          + " give it delivery.work.backlog: N (the features to finish) instead of arrivals");
    }
    WorkingCalendar calendar = calendar(s.units().hoursPerDay());
    LocalDate targetDate = target == null ? null : DateInput.date("--target", target);
    double[] hours = SimulatedForecast.completionHours(s, options.threads);
    List<ForecastRow> rows = new ArrayList<>(CompletionRows.completion("simulated", hours, "h", calendar::dateAfter,
        targetDate, horizonDate(calendar, s)));
    if (by != null) {
      LocalDate byDate = DateInput.date("--by", by);
      double h = calendar.hoursUntil(byDate);
      if (!(h > 0)) {
        throw new ForecastInputException("--by: " + byDate + " has no working hours after the start " + calendar.start());
      }
      List<String> until = new ArrayList<>(overrides);
      until.add("run.horizon=" + h + "h");
      until.add("run.warmup=0");
      Scenario upTo = ScenarioLoader.load(scenario, until).scenario();
      rows.addAll(CompletionRows.items("simulated", SimulatedForecast.delivered(upTo, options.threads), byDate));
    }
    List<Manifest.Source> sources = loaded.sources().stream().map(f -> new Manifest.Source(f.file(), f.sha256())).toList();
    String heading = String.format(Locale.ROOT, "%s: simulated, %d replications, seed %d, backlog of %d features; %s",
        s.name(), s.replications(), s.seed(), features, describe(calendar));
    List<LocalDate> dates = java.util.Arrays.stream(hours)
        .mapToObj(h -> Double.isFinite(h) ? calendar.dateAfter(h) : null).toList();
    return new Answer(s.name(), heading, rows, scenario, sources, overrides, s.seed(), s.replications(), dates,
        targetDate);
  }

  private Answer fromHistory() throws ForecastInputException {
    if (items == null || items < 1) {
      throw new ForecastInputException("--items: with --history, give the number of items left (an integer ≥ 1)");
    }
    if (trials < 1) {
      throw new ForecastInputException("--trials: expected an integer ≥ 1, received: " + trials);
    }
    if (!options.sets.isEmpty() || options.replications != null) {
      throw new ForecastInputException("--set and --replications apply to a scenario; with --history use --trials");
    }
    double[] range = splitRange();
    LocalDate startDate = DateInput.date("--start", start);
    LocalDate targetDate = target == null ? null : DateInput.date("--target", target);
    calendar(Units.DEFAULT.hoursPerDay()); // checks --holidays and --working-days, which weekly throughput already reflects
    ThroughputHistory past = ThroughputHistory.read(history);
    long s = options.seed != null ? options.seed : DEFAULT_HISTORY_SEED;
    HistoryForecast forecast = new HistoryForecast(past, trials, s);
    double[] weeks = java.util.Arrays.stream(forecast.weeksToFinish(items, range[0], range[1])).asDoubleStream().toArray();
    // done during the w-th week: by the end of its last day, as simulated dates are read
    List<ForecastRow> rows = new ArrayList<>(CompletionRows.completion("history", weeks, "w",
        w -> startDate.plusWeeks((long) w).minusDays(1), targetDate, null));
    if (by != null) {
      LocalDate byDate = DateInput.date("--by", by);
      if (byDate.isBefore(startDate)) {
        throw new ForecastInputException("--by: " + byDate + " is before the start " + startDate);
      }
      int whole = (int) ((ChronoUnit.DAYS.between(startDate, byDate) + 1) / 7); // the by-date included
      rows.addAll(CompletionRows.items("history", forecast.itemsWithin(whole), byDate));
    }
    String name = history.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String heading = String.format(Locale.ROOT,
        "%s: history, %d trials, seed %d, %d items%s; %d weeks of throughput (mean %.2f/week); start %s",
        name, trials, s, items, split == null ? "" : " × split " + range[0] + "–" + range[1], past.weeks(),
        (double) past.total() / past.weeks(), startDate);
    List<Manifest.Source> sources = List.of(new Manifest.Source(history.toString(), sha256(history)));
    List<LocalDate> dates = java.util.Arrays.stream(weeks)
        .mapToObj(w -> Double.isFinite(w) ? startDate.plusWeeks((long) w).minusDays(1) : null).toList();
    return new Answer(name, heading, rows, history, sources, List.of(), s, trials, dates, targetDate);
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

  private WorkingCalendar calendar(double hoursPerDay) throws ForecastInputException {
    LocalDate startDate = DateInput.date("--start", start);
    return new WorkingCalendar(startDate, DateInput.workingDays(workingDays), hoursPerDay,
        holidays == null ? java.util.Set.of() : DateInput.holidays(holidays));
  }

  private double[] splitRange() throws ForecastInputException {
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

  private static String sha256(Path file) throws ForecastInputException {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new ForecastInputException(file + ": cannot read the history: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
