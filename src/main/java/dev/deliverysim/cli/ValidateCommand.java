package dev.deliverysim.cli;

import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: checks scenario files without running them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check scenario files and report every problem at once, with file:line:column.",
    footer = {"", "Example:", "  deliverysim validate scenarios/*.yaml"})
final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
  List<Path> scenarios = new ArrayList<>();

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value, as for run.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    for (Path file : scenarios) {
      try {
        LoadedScenario loaded = ScenarioLoader.load(file, sets);
        loaded.warnings().forEach(w -> err.println(w.format()));
        out.println(file + ": ok (" + loaded.scenario().body().describe()
            + (loaded.scenario().steadyState() ? "" : ", UNSTABLE") + ")");
      } catch (ScenarioException e) {
        e.problems().stream().map(Problem::format).forEach(err::println);
        exit = ExitCodes.BAD_INPUT;
      }
    }
    out.flush();
    err.flush();
    return exit;
  }
}
