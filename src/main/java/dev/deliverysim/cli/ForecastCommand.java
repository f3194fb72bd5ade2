package dev.deliverysim.cli;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.forecast.ForecastInputException;
import dev.deliverysim.experiment.forecast.HistoryForecast;
import dev.deliverysim.report.ForecastTable;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.study.ForecastStudy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast}: when will a fixed backlog be done, simulated from a scenario or drawn from a
 * team's throughput history, as dates on a working calendar ({@link ForecastStudy}).
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
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario with delivery.work.backlog.")
  Path scenario;

  @Option(names = "--history", paramLabel = "FILE", description = "CSV of weekly counts (count or week,count) or"
      + " completion dates or timestamps (completed); or what calibrate reads: a git repository or log, gh PR JSON,"
      + " a Jira or stage-timestamp CSV.")
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

  @Option(names = "--quiet", description = ExperimentOptions.QUIET)
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ForecastStudy.Options o = new ForecastStudy.Options(options.threads, start, target, by, holidays, workingDays,
        items, split, trials, options.seed);
    ForecastStudy.Result result;
    try (Progress progress = Progress.of("forecast", quiet, err)) {
      if ((scenario == null) == (history == null)) {
        throw new ForecastInputException("give either a SCENARIO (simulated) or --history FILE (from throughput)");
      }
      if (out != null && !Console.usableFolder("forecast", out, err)) {
        return ExitCodes.BAD_INPUT; // checked before the computing, not after
      }
      if (history != null) {
        if (!options.sets.isEmpty() || options.replications != null) {
          throw new ForecastInputException("--set and --replications apply to a scenario; with --history use --trials");
        }
        result = ForecastStudy.fromHistory(history, o);
      } else {
        LoadedScenario loaded = Console.load(scenario, options.overrides(), err);
        if (loaded == null) {
          return ExitCodes.BAD_INPUT;
        }
        result = ForecastStudy.simulated(loaded, o, progress, Cancellation.none());
      }
      Path folder = out != null ? out : ForecastStudy.defaultFolder(result);
      if (!Console.usableFolder("forecast", folder, err)) {
        return ExitCodes.BAD_INPUT;
      }
      result.warnings().forEach(w -> err.println("warning: " + w));
      ForecastStudy.write(result, folder, Console.invocation(spec), progress);
      if (!quiet) {
        new ForecastTable(stdout).print(result.heading(), result.rows());
        stdout.println("results: " + folder);
      }
    } catch (ForecastInputException e) {
      err.println("deliverysim forecast: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (ScenarioException e) {
      return Console.printProblems(e, err);
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
