package dev.deliverysim.cli;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.study.CompareStudy;
import dev.deliverysim.study.StudyInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import dev.deliverysim.report.CompareAnswer;
import dev.deliverysim.report.MoneyReport;
import dev.deliverysim.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: runs a base scenario and its variants on the same seeds and replications
 * (common random numbers, {@link CompareStudy}) and prints each headline metric's paired difference.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare variants with a base scenario, paired replication by replication (same"
        + " seeds, same work), and write comparison.csv, a forest plot, where the hours go (delivery),"
        + " report.html and manifest.json to results/compare-<base>-vs-<variants>/ (or --out).",
    footer = {"", "Example:",
        "  deliverysim compare scenarios/baseline.yaml scenarios/ai-adoption.yaml scenarios/ai-small-prs.yaml",
        "  deliverysim compare scenarios/small-team.yaml --set-variant hire:delivery.teams[devs].headcount=7"})
final class CompareCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Parameters(index = "0", paramLabel = "BASE", description = "The base scenario.")
  Path base;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "VARIANT", description = "Scenarios to compare with it.")
  List<Path> variants = new ArrayList<>();

  @Option(names = "--set-variant", paramLabel = "NAME:PATH=VALUE",
      description = "A variant made from the base by overrides, no file needed: the base with PATH=VALUE,"
          + " named NAME; repeat with the same NAME to change several values (e.g. hire:delivery.teams[devs].headcount=8).")
  List<String> setVariants = new ArrayList<>();

  @Option(names = "--metrics", paramLabel = "LABEL", split = ",",
      description = "Metrics to print, by label (e.g. throughput,utilisation@review); all are in comparison.csv.")
  List<String> metrics = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: results/compare-<base>-vs-<variant>+<variant>…); an earlier result there is replaced, and compare says so.")
  Path out;

  @Mixin PrecisionOptions precision;

  @Option(names = "--quiet", description = ExperimentOptions.QUIET)
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LoadedScenario> loaded = load(err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Path target = out != null ? out : CompareStudy.defaultFolder(loaded);
    if (!Console.usableFolder("compare", target, err)) {
      return ExitCodes.BAD_INPUT;
    }
    boolean replacing = java.nio.file.Files.exists(target.resolve("manifest.json"));
    CompareStudy.Result result;
    try (Progress progress = Progress.of("compare", quiet, err)) {
      result = CompareStudy.run(loaded, new CompareStudy.Options(options.threads, metrics,
          precision.precision(loaded.get(0).scenario().model().headline())), progress, Cancellation.none());
      CompareStudy.write(result, target, Console.invocation(spec), progress);
    } catch (StudyInputException e) {
      return Console.printInput("compare", e, err);
    }
    if (replacing) {
      err.println("deliverysim compare: replaced the earlier results in " + target
          + " (name another folder with --out to keep both)");
      err.flush();
    }
    if (!quiet) {
      print(result, target, stdout);
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private static void print(CompareStudy.Result result, Path target, PrintWriter stdout) {
    Scenario base = result.base();
    result.answers().values().forEach(stdout::println);
    stdout.println();
    stdout.printf(java.util.Locale.ROOT, "%d scenarios × %d replications, seed %d, in %.2f s%n",
        result.loaded().size(), result.runs().get(0).replications().size(), base.seed(), result.wallSeconds());
    if (result.precision() != null) {
      stdout.println(CompareStudy.precisionSentence(result));
    }
    ComparisonTable table = new ComparisonTable(stdout);
    result.byVariant().forEach((name, differences) -> table.print(base.name(), name, differences, result.headline()));
    stdout.println();
    stdout.printf(java.util.Locale.ROOT, "* real: the 95%% interval of the paired difference excludes zero and the change"
        + " is at least %.0f%% of the base%n≈ negligible: the interval excludes zero but the change is under %.0f%%%n",
        100 * CompareAnswer.NEGLIGIBLE, 100 * CompareAnswer.NEGLIGIBLE);
    stdout.println();
    if (result.money().present()) {
      stdout.println("money (" + result.money().perPeriod() + ", paired 95% intervals):");
      result.money().byVariant().keySet().forEach(v ->
          stdout.println("  " + MoneyReport.sentence(result.money(), base.name(), v)));
      stdout.println();
    }
    stdout.println("where the constraint is:");
    result.runs().forEach(run -> stdout.println("  " + run.scenarioName() + ": " + RunReport.verdict(run)));
    stdout.println("results: " + target);
  }

  /**
   * The base, then every variant file, then every --set-variant, each on the base's seed and
   * replications; null after printing problems.
   */
  private List<LoadedScenario> load(PrintWriter err) {
    java.util.Map<String, List<String>> made;
    try {
      made = SetVariants.parse(setVariants);
    } catch (IllegalArgumentException e) {
      err.println("deliverysim compare: --set-variant: " + e.getMessage());
      err.flush();
      return null;
    }
    if (variants.isEmpty() && made.isEmpty()) {
      err.println("deliverysim compare: nothing to compare with " + base
          + ": name a VARIANT scenario or give --set-variant NAME:PATH=VALUE");
      err.flush();
      return null;
    }
    LoadedScenario baseLoaded = Console.load(base, options.overrides(), err);
    List<LoadedScenario> loaded = new ArrayList<>();
    boolean ok = baseLoaded != null;
    loaded.add(baseLoaded);
    for (Path variant : variants) {
      List<String> overrides = baseLoaded == null ? options.sets
          : CompareStudy.variantOverrides(options.sets, baseLoaded.scenario());
      LoadedScenario v = Console.load(variant, overrides, err);
      ok &= v != null;
      loaded.add(v);
    }
    for (java.util.Map.Entry<String, List<String>> variant : made.entrySet()) {
      List<String> overrides = new ArrayList<>(options.sets);
      overrides.addAll(variant.getValue());
      overrides.add("name=" + variant.getKey());
      if (baseLoaded != null) {
        overrides = CompareStudy.variantOverrides(overrides, baseLoaded.scenario());
      }
      LoadedScenario v = Console.load(base, overrides, err);
      ok &= v != null;
      loaded.add(v);
    }
    if (ok) {
      java.util.Set<String> names = new java.util.HashSet<>();
      // the base may be its own variant (an A/A check of the noise); two variants may not share a name
      for (LoadedScenario l : loaded.subList(1, loaded.size())) {
        if (!names.add(l.scenario().name())) {
          err.println("deliverysim compare: two variants are named '" + l.scenario().name()
              + "': each needs its own name to be told apart in the tables and comparison.csv");
          err.flush();
          return null;
        }
      }
      CompareStudy.warnings(loaded).forEach(err::println);
    }
    err.flush();
    return ok ? loaded : null;
  }
}
