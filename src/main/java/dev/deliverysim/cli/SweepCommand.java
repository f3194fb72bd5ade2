package dev.deliverysim.cli;

import dev.deliverysim.experiment.sweep.Param;
import dev.deliverysim.experiment.sweep.Shard;
import dev.deliverysim.experiment.sweep.SweepGrid;
import dev.deliverysim.experiment.sweep.SweepRunner;
import dev.deliverysim.experiment.sweep.SweepSpec;
import dev.deliverysim.report.AtomicFiles;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ManifestJson;
import dev.deliverysim.report.Csv;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.ResultsFolder;
import dev.deliverysim.report.SweepReport;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.report.SweepFolder;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep}: runs a scenario at every point of a parameter grid, on the same seeds, and writes
 * tidy {@code sweep.csv} and {@code bottleneck.csv}. Points are kept as they finish, so the same
 * command resumes an interrupted sweep; {@code --shard} and {@code sweep merge} split it across
 * machines.
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

  @Option(names = "--quiet", description = "Print nothing but problems.")
  boolean quiet;

  @Override
  public Integer call() throws IOException, ScenarioException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // From the start: checking every point first is part of what a large sweep costs.
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    SweepGrid grid;
    Shard part;
    try {
      if (scenario == null) {
        throw new IllegalArgumentException("missing SCENARIO (or use `sweep merge DIR...`)");
      }
      grid = new SweepGrid(gridParams().stream().map(Param::parse).toList());
      part = shard == null ? Shard.ALL : Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      err.println("deliverysim sweep: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (ScenarioException e) {
      e.problems().forEach(problem -> err.println(problem.format()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    SweepRunner runner = new SweepRunner(scenario, overrides(), grid, options.threads);
    Set<String> warnings = new LinkedHashSet<>();
    List<String> problems = runner.check(warnings);
    warnings.forEach(err::println);
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.println("deliverysim sweep: nothing was run (" + grid.size() + " points checked)");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    SweepSpec sweep = runner.spec();
    String name = runner.scenarioName();
    SweepFolder folder = new SweepFolder(out != null ? out : Path.of("results", name + "-sweep"));
    try {
      folder.begin(sweep);
    } catch (SweepFolder.MismatchException e) {
      err.println("deliverysim sweep: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    int ran;
    try (Progress progress = Progress.of(name + " sweep", quiet)) {
      ran = runner.run(part, folder, (point, done, toRun) -> progress.update(done, toRun));
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    int mine = (grid.size() - part.index() + part.count()) / part.count();
    Manifest manifest = manifest(sweep, options.threads,
        spec.commandLine().getParseResult().originalArgs(), started, wall);
    Path marker;
    if (part.isWhole()) {
      SweepFolder.assemble(List.of(folder), grid, folder.dir());
      report(folder.dir(), sweep, name, manifest, err);
      marker = folder.dir().resolve(ResultsFolder.MANIFEST_JSON);
    } else {
      marker = folder.dir().resolve("shard-" + part.index() + "-of-" + part.count() + ".json");
    }
    AtomicFiles.write(marker, w -> ManifestJson.write(manifest, w));
    if (!quiet) {
      stdout.printf(Locale.ROOT, "%s: %d of %d points (shard %s) × %d replications, seed %d: ran %d,"
              + " %d were done already, in %.2f s (%.3f points/s)%n", name, mine,
          grid.size(), part, sweep.replications(), sweep.seed(), ran, mine - ran, wall,
          ran / Math.max(wall, 1e-9));
      if (part.isWhole() && grid.size() <= TABLE_POINTS) {
        printBottlenecks(folder.dir().resolve(SweepFolder.BOTTLENECK_CSV), grid, stdout);
      }
      stdout.println(part.isWhole() ? "results: " + folder.dir()
          : "shard done; when every shard is: deliverysim sweep merge " + folder.dir() + " ...");
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /** The charts (one-parameter sweeps) and report.html of a whole sweep, beside its CSVs. */
  static void report(Path dir, SweepSpec sweep, String name, Manifest manifest, PrintWriter err)
      throws IOException {
    int parameters = sweep.grid().params().size();
    List<FlowCharts.Drawn> charts =
        Charts.bottleneckShift(dir.resolve(SweepFolder.BOTTLENECK_CSV), parameters, name, err);
    SweepReport.write(dir, name, parameters, charts,
        Assumptions.of(Path.of(sweep.scenario()), sweep.overrides()), manifest);
  }

  /** The overrides every point gets, in the order they apply: --set first, then the shortcuts. */
  private List<String> overrides() {
    return options.overrides();
  }

  /** One line per point: where the constraint sits, read back from bottleneck.csv. */
  private static void printBottlenecks(Path csv, SweepGrid grid, PrintWriter out) throws IOException {
    int lead = grid.params().size();
    out.println();
    out.println("  " + String.join("  ", grid.paths()) + "  →  bottleneck (level)");
    try (BufferedReader r = Files.newBufferedReader(csv)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = Csv.split(line).toArray(String[]::new); // values may hold quoted commas
        if (f.length == lead + 5 && f[lead + 4].equals("true")) {
          out.printf(Locale.ROOT, "  %s  →  %s (%s %.3f; the bottleneck in %.0f%% of replications)%n",
              String.join("  ", List.of(f).subList(0, lead)), f[lead], f[lead + 1], Double.parseDouble(f[lead + 2]),
              100 * Double.parseDouble(f[lead + 3]));
        }
      }
    }
    out.println();
  }

  /**
   * The grid's parameters: the --param options, or else the {@code sweep:} list the scenario
   * declares (so a study can live in its file and run with no options).
   */
  private List<String> gridParams() throws ScenarioException {
    if (!params.isEmpty()) {
      return params;
    }
    List<String> declared = ScenarioLoader.load(scenario, options.overrides()).scenario().sweep();
    if (declared.isEmpty()) {
      throw new IllegalArgumentException(
          "at least one --param PATH=VALUES is needed, or a sweep: list in " + scenario);
    }
    return declared;
  }

  /** The run's identity for manifest.json, from the sweep's own record of it. */
  static Manifest manifest(SweepSpec sweep, int threads, List<String> args, Instant started, double wall) {
    return new Manifest(Version.current(), sweep.scenario(),
        sweep.sources().stream().map(s -> new Manifest.Source(s.file(), s.sha256())).toList(),
        sweep.overrides(), sweep.seed(), sweep.replications(), threads, List.copyOf(args),
        started.toString(), wall, System.getProperty("java.version"));
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
    /** How many missing point numbers to name before counting the rest. */
    private static final int NAMED = 10;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders written by the shards.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the merged files (default: the first DIR).")
    Path out;

    @Option(names = "--quiet", description = "Print nothing but problems.")
    boolean quiet;

    @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
    boolean stacktrace;

    @Override
    public Integer call() throws IOException {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Instant started = Instant.now();
      long t0 = System.nanoTime();
      List<SweepFolder> folders = dirs.stream().map(SweepFolder::new).toList();
      try {
        SweepSpec sweep = SweepFolder.commonSpec(folders);
        List<Integer> missing = SweepFolder.missing(folders, sweep.grid().size());
        if (!missing.isEmpty()) {
          String named = String.join(", ", missing.stream().limit(NAMED).map(String::valueOf).toList());
          err.println("deliverysim sweep merge: " + missing.size() + " of " + sweep.grid().size()
              + " points are missing (" + named + (missing.size() > NAMED ? ", …" : "")
              + "): run or resume their shards first; nothing merged");
          err.flush();
          return ExitCodes.BAD_INPUT;
        }
        SweepFolder target = new SweepFolder(out != null ? out : dirs.get(0));
        target.begin(sweep);
        SweepFolder.assemble(folders, sweep.grid(), target.dir());
        Manifest manifest = manifest(sweep, 1, spec.commandLine().getParseResult().originalArgs(),
            started, (System.nanoTime() - t0) / 1e9);
        report(target.dir(), sweep,
            Path.of(sweep.scenario()).getFileName().toString().replaceFirst("\\.ya?ml$", ""), manifest, err);
        AtomicFiles.write(target.dir().resolve(ResultsFolder.MANIFEST_JSON), w -> ManifestJson.write(manifest, w));
        if (!quiet) {
          stdout.println("merged " + sweep.grid().size() + " points from " + dirs.size() + " folders");
          stdout.println("results: " + target.dir());
        }
      } catch (SweepFolder.MismatchException e) {
        err.println("deliverysim sweep merge: " + e.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      stdout.flush();
      return ExitCodes.OK;
    }
  }
}
