package dev.deliverysim.study;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.calibrate.Backtest;
import dev.deliverysim.experiment.calibrate.Calibration;
import dev.deliverysim.experiment.calibrate.CalibrationInputException;
import dev.deliverysim.experiment.calibrate.FittedScenario;
import dev.deliverysim.experiment.calibrate.HistoryImport;
import dev.deliverysim.experiment.calibrate.ImportedHistory;
import dev.deliverysim.experiment.calibrate.ObservedPr;
import dev.deliverysim.experiment.calibrate.Pseudonyms;
import dev.deliverysim.experiment.calibrate.Window;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.report.BacktestChart;
import dev.deliverysim.report.CalibrationReport;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.ForecastCsv;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.MetricWords;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.delivery.DeliveryLoad;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * {@code calibrate}: a team's history in, a fitted delivery scenario out, and the scenario
 * backtested against the history — over the period it was fitted on and, held out, over the last
 * part it never saw. Bad input is a {@link CalibrationInputException} naming where.
 */
public final class CalibrateStudy {
  /** A history with fewer changes than this is thin: every fitted value is uncertain. */
  public static final int THIN = 10;
  /** The fewest weeks worth fitting on when a part is held out. */
  static final int MIN_FIT_WEEKS = 4;

  /**
   * @param format git, github, jira or stages; null: from the file
   * @param holdout the share of the history's weeks, at its end, held out of the fit (0: none)
   * @param replications, seed null: the fitted scenario's own
   * @param forecast the questions the forecast answers
   */
  public record Options(String format, double holdout, String name, boolean keepNames, double hoursPerDay,
      Duration gitTimeout, String since, Integer replications, Long seed, int threads, CalibrationForecast forecast) {
    /** With the default forecast: the next {@value CalibrationForecast#DEFAULT_WEEKS} weeks. */
    public Options(String format, double holdout, String name, boolean keepNames, double hoursPerDay,
        Duration gitTimeout, String since, Integer replications, Long seed, int threads) {
      this(format, holdout, name, keepNames, hoursPerDay, gitTimeout, since, replications, seed, threads,
          CalibrationForecast.defaults());
    }
  }

  /** What calibrate produced: the scenario's YAML and its loaded form, and the backtest. */
  public record Result(String name, String heading, String yaml, LoadedScenario loaded, Calibration fit,
      Calibration heldOut, List<Backtest.Row> rows, CalibrationForecast.Answer forecast, List<String> notes,
      String input,
      List<LoadedScenario.SourceFile> sources, int threads, Instant started, double wallSeconds) {
    public Result {
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
      sources = List.copyOf(sources);
    }

    public String scenarioFile() {
      return name + ".yaml";
    }
  }

  private CalibrateStudy() {}

  public static Path defaultFolder(Result result) {
    return Path.of("results", result.name());
  }

  public static Result calibrate(Path source, Options o, Cancellation cancellation)
      throws CalibrationInputException, IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    if (!(o.holdout() >= 0 && o.holdout() < 0.9)) {
      throw new CalibrationInputException("--holdout: expected a share from 0 to 0.9 (such as 25%), received: "
          + o.holdout());
    }
    if (!(o.hoursPerDay() > 0 && o.hoursPerDay() <= 24)) {
      throw new CalibrationInputException("--hours-per-day: expected a number in (0, 24], received: " + o.hoursPerDay());
    }
    o.forecast().check();
    HistoryImport.Format format = o.format() == null ? null : HistoryImport.Format.of(o.format());
    ImportedHistory history = HistoryImport.read(source, format, new Pseudonyms(o.keepNames()),
        new HistoryImport.GitOptions(o.gitTimeout(), o.since()));
    List<String> notes = new ArrayList<>(history.warnings());
    Window all = span(history);
    int weeks = all.weeks();
    int held = (int) Math.round(weeks * o.holdout());
    if (held > 0 && weeks - held < MIN_FIT_WEEKS) {
      notes.add(history.source() + ": only " + weeks + " weeks of history: too short to hold " + held
          + " out, so the backtest uses the fitted period only");
      held = 0;
    }
    Window fitWindow = held > 0 ? all.split(weeks - held)[0] : all;
    Calibration fit = Calibration.of(history, fitWindow, o.hoursPerDay());
    if (fit.people() < THIN) {
      notes.add(history.source() + ": thin history: " + fit.people() + " changes by people in " + fitWindow
          + " (fewer than " + THIN + "); every fitted value is uncertain");
    }
    String name = o.name() != null ? o.name() : defaultName(source);
    String yaml = FittedScenario.yaml(fit, name);
    List<String> overrides = new ArrayList<>();
    if (o.replications() != null) {
      overrides.add("run.replications=" + o.replications());
    }
    if (o.seed() != null) {
      overrides.add("run.seed=" + o.seed());
    }
    LoadedScenario loaded = load(yaml, name, overrides);
    String beyond = beyondThePeople(loaded.scenario(), fit, history.source());
    if (beyond != null) {
      notes.add(beyond);
    }
    ReplicationRunner runner = new ReplicationRunner(o.threads(), cancellation);
    List<Backtest.Row> rows = new ArrayList<>(Backtest.compare("fit", fit, loaded.scenario(), runner));
    Calibration heldOut = null;
    if (held > 0) {
      heldOut = Calibration.of(history, all.split(weeks - held)[1], o.hoursPerDay());
      LoadedScenario forward = load(yaml, name, append(overrides,
          "run.horizon=" + (held + FittedScenario.WARMUP_WEEKS) + "w"));
      rows.addAll(Backtest.compare("held-out", heldOut, forward.scenario(), runner));
    }
    CalibrationForecast.Answer forecast = o.forecast().answer(weekly(fit, heldOut), all.to(), history.source());
    boolean thinSaid = fit.people() < THIN;
    forecast.warnings().stream().filter(w -> !(thinSaid && w.contains("thin history"))).forEach(notes::add);
    String heading = String.format(Locale.ROOT, "%s: %s history from %s; fitted on %s (%d weeks)%s; %d replications,"
        + " seed %d", name, history.format(), history.source(), fitWindow, fitWindow.weeks(),
        heldOut == null ? ", no held-out period" : ", held out " + heldOut.window() + " (" + held + " weeks)",
        loaded.scenario().replications(), loaded.scenario().seed());
    return new Result(name, heading, yaml, loaded, fit, heldOut, rows, forecast, notes, source.toString(),
        List.of(new LoadedScenario.SourceFile(source.toString(), sha256(source))), o.threads(), started,
        (System.nanoTime() - t0) / 1e9);
  }

  /** How busy the advice of {@link #beyondThePeople} would leave the fitted people. */
  private static final double BUSY = 0.8;

  /**
   * Why a backtest's throughput must fall short, when it must: the history's changes need more
   * focused hours than the fitted people have, so the model cannot finish them however it is
   * seeded. With sizes from the data, coding effort was fitted as size ÷ an assumed pace; if the
   * history's pace is real, the coding took less: the advice divides the effort by a factor and
   * multiplies the pace by the same one, so the PRs keep their observed sizes (and their review
   * hours) and the people are {@link #BUSY} busy. Review alone beyond the people: no pace helps.
   * Null when the fitted scenario can keep up.
   */
  static String beyondThePeople(Scenario scenario, Calibration fit, String source) {
    if (!(scenario.body() instanceof Scenario.DeliveryBody body)) {
      return null;
    }
    DeliveryDef def = body.delivery();
    DeliveryLoad load = DeliveryLoad.of(def, scenario.stop().horizon());
    if (!(load.peopleLoad() > 1)) {
      return null;
    }
    int people = def.teams().stream().mapToInt(TeamDef::headcount).sum();
    boolean fromSizes = fit.size() != null && fit.coding() == null;
    String why = String.format(Locale.ROOT, "%s: the history's pace is beyond its people: %s changes a week need"
        + " about %s× the focused hours of the %d people fitted%s, so the model cannot finish them and the"
        + " backtest's throughput falls short by construction.", source, MetricWords.number(fit.throughputPerWeek()),
        MetricWords.number(load.peopleLoad()), people, fromSizes
            ? String.format(Locale.ROOT, " at the assumed %s lines an hour (delivery.work.lines_per_hour)",
                MetricWords.number(def.work().linesPerHour()))
            : " at the fitted coding time");
    double reviewLoad = load.peopleLoad() - load.codingLoad();
    if (reviewLoad >= BUSY) {
      return why + String.format(Locale.ROOT, " Review alone needs %s× their focused hours: no coding pace makes up"
          + " for it; more reviewers (a larger headcount) would.", MetricWords.number(reviewLoad));
    }
    if (!fromSizes) {
      return why;
    }
    double factor = load.codingLoad() / (BUSY - reviewLoad);
    return why + String.format(Locale.ROOT, " Lines committed faster than people write them (generated code,"
        + " vendored or moved files, an agent's commits) break that assumption. If the pace is real, each change"
        + " took about %s times less coding: set task_effort's mean to %s h and lines_per_hour to %.0f (the same"
        + " PR sizes, the people about 80%% busy) and run the scenario again.", MetricWords.number(factor),
        new BigDecimal(def.work().taskEffort().mean() / factor).round(new MathContext(3))
            .stripTrailingZeros().toPlainString(), Math.ceil(def.work().linesPerHour() * factor));
  }

  /** The whole history's weekly throughput: the fitted weeks, then the held-out ones. */
  private static int[] weekly(Calibration fit, Calibration heldOut) {
    int[] a = fit.weekly();
    if (heldOut == null) {
      return a.clone();
    }
    int[] all = java.util.Arrays.copyOf(a, a.length + heldOut.weekly().length);
    System.arraycopy(heldOut.weekly(), 0, all, a.length, heldOut.weekly().length);
    return all;
  }

  /** Writes the fitted scenario, backtest.csv, forecast.csv, the chart, report.html and the manifest. */
  public static Path write(Result r, Path target, Invocation invocation, StudyListener listener) throws IOException {
    Manifest manifest = invocation.manifest(r.input(), r.sources(), r.loaded().overrides(), r.loaded().scenario().seed(),
        r.loaded().scenario().replications(), r.threads(), r.started(), r.wallSeconds());
    try (ResultsWriter out = ResultsWriter.create(target)) {
      out.text(r.scenarioFile(), w -> w.write(r.yaml()));
      out.text(CalibrationReport.CSV, w -> CalibrationReport.csv(r.rows(), w));
      out.text(ForecastCsv.FILE, w -> ForecastCsv.write(r.forecast().rows(), w));
      List<FlowCharts.Drawn> charts = new ArrayList<>();
      ChartDrawing.draw(() -> charts.add(BacktestChart.write(out, r.name(), r.rows())), false, listener);
      CalibrationReport.write(out, r.name(), r.heading(), r.rows(), FittedTable.rows(r.fit()),
          FittedTable.authors(r.fit()), r.forecast().heading(), r.forecast().rows(), r.forecast().items(), r.notes(), charts,
          r.scenarioFile(), Assumptions.of(r.loaded()), manifest);
      return out.commit(manifest);
    }
  }

  private static Window span(ImportedHistory history) throws CalibrationInputException {
    Instant first = null;
    Instant last = null;
    for (ObservedPr c : history.changes()) {
      if (c.finished() != null && !c.closedUnmerged()) {
        first = first == null || c.finished().isBefore(first) ? c.finished() : first;
        last = last == null || c.finished().isAfter(last) ? c.finished() : last;
      }
    }
    if (first == null) {
      throw new CalibrationInputException(history.source() + ": no finished change (merged, resolved or done) in "
          + history.changes().size() + " read: nothing to fit");
    }
    return Window.spanning(first, last);
  }

  private static LoadedScenario load(String yaml, String name, List<String> overrides) throws CalibrationInputException {
    try {
      return ScenarioLoader.loadString(yaml, name + ".yaml", overrides);
    } catch (ScenarioException e) {
      // --name, --replications or --seed the loader refused: say it of the option the user gave
      String message = e.getMessage().strip();
      int at = message.indexOf("error: ");
      String what = at >= 0 ? message.substring(at + "error: ".length()) : message;
      for (String[] option : new String[][] {{"name:", "--name:"}, {"run.replications:", "--replications:"},
          {"run.seed:", "--seed:"}}) {
        if (what.startsWith(option[0])) {
          throw new CalibrationInputException(option[1] + what.substring(option[0].length()));
        }
      }
      throw new CalibrationInputException(message); // a fitted scenario this tool wrote wrong: say all
    }
  }

  private static List<String> append(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  /** The source's name, made a valid scenario name, with {@code -calibrated}. */
  static String defaultName(Path source) {
    Path file = source.toAbsolutePath().normalize().getFileName();
    String base = file == null ? "team" : file.toString().replaceFirst("\\.[^.]*$", "");
    base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
    if (base.isEmpty()) {
      base = "team";
    }
    return (base.length() > 80 ? base.substring(0, 80) : base) + "-calibrated";
  }

  /** The SHA-256 of a file, streamed; a repository folder has none (its history is in git). */
  private static String sha256(Path source) throws IOException {
    if (Files.isDirectory(source)) {
      return "";
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(source), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
