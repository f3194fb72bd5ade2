package dev.deliverysim.cli;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.calibrate.Backtest;
import dev.deliverysim.experiment.calibrate.CalibrationInputException;
import dev.deliverysim.report.ForecastTable;
import dev.deliverysim.study.CalibrateStudy;
import dev.deliverysim.study.CalibrationForecast;
import dev.deliverysim.study.FittedTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate}: a team's own history (git, GitHub PRs, Jira, stage timestamps) in; a fitted
 * delivery scenario, its backtest against the history and a report out ({@link CalibrateStudy}).
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fit a delivery scenario to a team's history and backtest it: reads a git repository (runs git"
        + " log itself), a file of git log --pretty=fuller --date=iso-strict --numstat, GitHub PR JSON (gh pr list"
        + " --json …), a Jira CSV export or a CSV of stage timestamps (id,stage,entered_at); writes the scenario"
        + " (<name>.yaml), backtest.csv, forecast.csv (the next --forecast-weeks from the history's throughput), a"
        + " chart, report.html and manifest.json to results/<name>/ (or --out)."
        + " Authors become pseudonyms unless --keep-names.",
    footer = {"", "Examples:",
        "  deliverysim calibrate ~/src/our-service --since 2025-06-01",
        "  gh pr list --state all --limit 1000 --json number,author,createdAt,mergedAt,closedAt,additions,deletions,"
            + "reviews > prs.json",
        "  deliverysim calibrate prs.json --holdout 25%%",
        "  deliverysim calibrate jira-export.csv --name checkout-team"})
final class CalibrateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "A git repository folder or an exported file.")
  Path source;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "git, github, jira or stages (default: a folder is git; .json github; .csv jira, or stages when"
          + " it has entered_at; anything else a git log).")
  String format;

  @Option(names = "--holdout", paramLabel = "SHARE", description = "Last share of the history's weeks held out of the"
      + " fit and forecast instead, e.g. 25%% or 0.25 (default 25%%; 0: none).")
  String holdout = "25%";

  @Option(names = "--name", paramLabel = "NAME", description = "Scenario name (default: the source's, -calibrated).")
  String name;

  @Option(names = "--since", paramLabel = "DATE", description = "With a repository: only commits since (git log --since).")
  String since;

  @Option(names = "--git-timeout", paramLabel = "SECONDS", description = "With a repository: stop git log after this"
      + " long (default 600).")
  long gitTimeout = 600;

  @Option(names = "--hours-per-day", paramLabel = "H", description = "Working hours a weekday counts (default 8).")
  double hoursPerDay = 8;

  @Option(names = "--keep-names", description = "Keep authors' names in the outputs (default: stable pseudonyms).")
  boolean keepNames;

  @Option(names = "--replications", paramLabel = "N", description = "Backtest replications (default 100).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "SEED", description = "Backtest seed (default 1).")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the backtest (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--forecast-weeks", paramLabel = "N", description = "The forecast's weeks ahead, from the Monday"
      + " after the history's last week: how many changes in them (default 4).")
  int forecastWeeks = CalibrationForecast.DEFAULT_WEEKS;

  @Option(names = "--forecast-items", paramLabel = "K", description = "The forecast's changes: when the next K will"
      + " be done, and the chance of finishing them within --forecast-weeks (default: those weeks' worth at the"
      + " history's mean pace, rounded up).")
  Integer forecastItems;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>).")
  Path out;

  @Option(names = "--quiet", description = ExperimentOptions.QUIET)
  boolean quiet;

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (threads < 1) {
        throw new CalibrationInputException("--threads: expected an integer ≥ 1, received: " + threads);
      }
      if (gitTimeout < 1) {
        throw new CalibrationInputException("--git-timeout: expected seconds ≥ 1, received: " + gitTimeout);
      }
      if (out != null && !Console.usableFolder("calibrate", out, err)) {
        return ExitCodes.BAD_INPUT;
      }
      CalibrateStudy.Options o = new CalibrateStudy.Options(format, share(holdout), name, keepNames, hoursPerDay,
          Duration.ofSeconds(gitTimeout), since, replications, seed, threads,
          new CalibrationForecast(forecastWeeks, forecastItems));
      CalibrateStudy.Result result = CalibrateStudy.calibrate(source, o, Cancellation.none());
      result.notes().forEach(n -> err.println("warning: " + n));
      Path folder = out != null ? out : CalibrateStudy.defaultFolder(result);
      if (!Console.usableFolder("calibrate", folder, err)) {
        return ExitCodes.BAD_INPUT;
      }
      try (Progress progress = Progress.of("calibrate", quiet, err)) {
        CalibrateStudy.write(result, folder, Console.invocation(spec), progress);
      }
      if (!quiet) {
        print(stdout, result, folder);
      }
    } catch (CalibrationInputException e) {
      err.println("deliverysim calibrate: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, CalibrateStudy.Result r, Path folder) {
    out.println(r.heading());
    out.println();
    for (List<String> row : FittedTable.rows(r.fit())) {
      out.printf(Locale.ROOT, "  %-30s %-36s %s%n", row.get(0), row.get(1), row.get(2));
    }
    out.println();
    out.printf(Locale.ROOT, "  %-9s %-16s %10s %13s   %-22s %s%n", "period", "value", "observed", "model median",
        "model 95% band", "fits?");
    for (Backtest.Row b : r.rows()) {
      out.printf(Locale.ROOT, "  %-9s %-16s %10s %13s   %-22s %s%n", b.period(), b.metric(), num(b.observed()),
          num(b.modelMedian()), "[" + num(b.low()) + ", " + num(b.high()) + "]",
          !b.comparable() ? "-" : b.inside() ? "yes" : "NO");
    }
    out.println();
    out.println("(cycle time and pickup in working hours; throughput in changes per week)");
    out.println();
    new ForecastTable(out).print(r.forecast().heading(), r.forecast().rows());
    out.println("scenario: " + folder.resolve(r.scenarioFile()));
    out.println("results: " + folder);
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
  }

  /** {@code 25%} or {@code 0.25}. */
  static double share(String text) throws CalibrationInputException {
    String t = text.strip();
    try {
      return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100 : Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new CalibrationInputException("--holdout: expected a share such as 25% or 0.25, received: '" + text + "'");
    }
  }
}
