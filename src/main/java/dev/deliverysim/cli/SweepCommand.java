package dev.deliverysim.cli;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.sweep.Bottleneck;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.experiment.sweep.Shard;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.study.StudyInputException;
import dev.deliverysim.study.SweepMergeStudy;
import dev.deliverysim.study.SweepStudy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code sweep}: runs a scenario at every point of a parameter grid, on the same seeds
 * ({@link SweepStudy}), and prints where the bottleneck sits at each point. Points are kept as
 * they finish, so the same command resumes an interrupted sweep; {@code --shard} and
 * {@code sweep merge} split it across machines.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    subcommands = SweepCommand.Merge.class,
    description = "Run a scenario at every point of a grid of --param values (same seeds: common random"
        + " numbers) and write sweep.csv, bottleneck.csv, the bottleneck-shift charts, report.html and"
        + " manifest.json to results/<name>-sweep/ (or --out).",
    footer = {"", "Examples:",
        "  deliverysim sweep scenarios/ux-dev-qa.yaml --param stations[1].servers=1:4:1",
        "  deliverysim sweep scenarios/pipeline.yaml --param stations[1].servers=1,2 \\",
        "      --param stations[0].servers=3:6:1",
        "  deliverysim sweep ... --shard 2/8 --out /shared/sweep   (then: sweep merge /shared/sweep)"})
final class SweepCommand implements Callable<Integer> {
  /** Beyond this many points the printed table would drown the terminal; the CSV has them all. */
  private static final int TABLE_POINTS = 40;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ExperimentOptions options;

  // Optional for picocli, so that `sweep merge DIR` parses; checked in call().
  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Option(names = "--param", paramLabel = "PATH=VALUES",
      description = "A swept value: a list (stations[1].servers=1,2,4) or a range from:to:step, end"
          + " included (0.5:1.0:0.1). Repeat for a full grid; the first varies slowest.")
  List<String> params = new ArrayList<>();

  @Option(names = "--shard", paramLabel = "i/n",
      description = "Run only the points whose index modulo n is i−1 (1 ≤ i ≤ n); combine with `sweep merge`.")
  String shard;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario name>-sweep).")
  Path out;

  @Option(names = "--quiet", description = ExperimentOptions.QUIET)
  boolean quiet;

  @Override
  public Integer call() throws IOException, ScenarioException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Shard part;
    try {
      if (scenario == null) {
        throw new IllegalArgumentException("missing SCENARIO (or use `sweep merge DIR...`)");
      }
      part = shard == null ? Shard.ALL : Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      err.println("deliverysim sweep: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    LoadedScenario loaded = Console.load(scenario, options.overrides(), err);
    if (loaded == null || out != null && !Console.writableFolder("sweep", out, err)) {
      return ExitCodes.BAD_INPUT;
    }
    SweepStudy.Result result;
    try (Progress progress = Progress.of(loaded.scenario().name() + " sweep", quiet, err)) {
      SweepStudy.Plan plan = SweepStudy.plan(loaded, new SweepStudy.Options(options.threads, params, part), progress);
      result = SweepStudy.run(plan, out != null ? out : SweepStudy.defaultFolder(plan), progress, Cancellation.none());
      SweepStudy.write(result, Console.invocation(spec), progress);
    } catch (StudyInputException e) {
      return Console.printInput("sweep", e, err);
    }
    if (!quiet) {
      print(result, part, stdout);
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private static void print(SweepStudy.Result result, Shard part, PrintWriter out) {
    SweepStudy.Plan plan = result.plan();
    out.printf(Locale.ROOT, "%s: %d of %d points (shard %s) × %d replications, seed %d: ran %d,"
            + " %d were done already, in %.2f s (%.3f points/s)%n", plan.name(), result.mine(),
        plan.grid().size(), part, plan.spec().replications(), plan.spec().seed(), result.ran(),
        result.mine() - result.ran(), result.wallSeconds(), result.ran() / Math.max(result.wallSeconds(), 1e-9));
    if (part.isWhole() && plan.grid().size() <= TABLE_POINTS) {
      printBottlenecks(plan.grid().paths().stream().map(dev.deliverysim.scenario.ParameterWords.of(plan.base())::words)
          .toList(), result.points(), out);
    }
    out.println(part.isWhole() ? "results: " + result.folder()
        : "shard done; when every shard is: deliverysim sweep merge " + result.folder() + " ...");
  }

  /** One line per point: where the constraint sits. */
  private static void printBottlenecks(List<String> paths, List<PointBottleneck> points, PrintWriter out) {
    out.println();
    out.println("  " + String.join("  ", paths) + "  →  bottleneck (level)");
    for (PointBottleneck point : points) {
      Bottleneck b = point.bottleneck();
      if (b.bottleneck().isEmpty() && !b.levels().isEmpty()) {
        out.printf(Locale.ROOT, "  %s  →  none: no station's %s is clearly the least%n", String.join("  ", point.values()),
            b.metric());
      }
      for (Bottleneck.Level level : b.levels()) {
        if (level.station().equals(b.bottleneck())) {
          out.printf(Locale.ROOT, "  %s  →  %s (%s %.3f; the bottleneck in %.0f%% of replications)%n",
              String.join("  ", point.values()), level.station(), b.metric(), level.mean(), 100 * level.share());
        }
      }
    }
    out.println();
  }

  /**
   * {@code sweep merge}: combines the point files of shard folders into one sweep.csv and
   * bottleneck.csv, byte-identical to an unsharded run, once every point is there.
   */
  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description = "Combine the folders of a sharded sweep (each written with --shard i/n) into"
          + " sweep.csv, bottleneck.csv and manifest.json in --out (default: the first DIR).",
      footer = {"", "Example:", "  deliverysim sweep merge results/shard-* --out results/sweep"})
  static final class Merge implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders written by the shards.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the merged files (default: the first DIR).")
    Path out;

    @Option(names = "--quiet", description = ExperimentOptions.QUIET)
    boolean quiet;

    @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
    boolean stacktrace;

    @Override
    public Integer call() throws IOException {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      SweepMergeStudy.Result merged;
      try (Progress progress = Progress.of("sweep merge", quiet, err)) {
        merged = SweepMergeStudy.merge(dirs, out != null ? out : dirs.get(0), Console.invocation(spec), progress);
      } catch (StudyInputException e) {
        return Console.printInput("sweep merge", e, err);
      }
      if (!quiet) {
        stdout.println("merged " + merged.points() + " points from " + merged.folders() + " folders");
        stdout.println("results: " + merged.folder());
      }
      stdout.flush();
      return ExitCodes.OK;
    }
  }
}
