package dev.deliverysim.cli;

import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.UnusableFolderException;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.study.Invocation;
import dev.deliverysim.study.StudyInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What every command does around its study: load, check the folder, report bad input, in one way. */
final class Console {
  private Console() {}

  /** The scenario with its warnings printed; null after printing every problem. */
  static LoadedScenario load(Path file, List<String> overrides, PrintWriter err) {
    try {
      LoadedScenario loaded = ScenarioLoader.load(file, overrides);
      loaded.warnings().forEach(w -> err.println(w.format()));
      return loaded;
    } catch (ScenarioException e) {
      printProblems(e, err);
      return null;
    }
  }

  static int printProblems(ScenarioException e, PrintWriter err) {
    e.problems().stream().map(Problem::format).forEach(err::println);
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /** Whether results may go to {@code target}; if not, says why (checked before anything runs). */
  static boolean usableFolder(String command, Path target, PrintWriter err) {
    try {
      ResultsWriter.check(target);
      return true;
    } catch (UnusableFolderException e) {
      err.println("deliverysim " + command + ": --out: " + e.getMessage());
      err.flush();
      return false;
    }
  }

  /** Whether anything can be written at {@code target} (a sweep's own folder); if not, says why. */
  static boolean writableFolder(String command, Path target, PrintWriter err) {
    try {
      ResultsWriter.checkWritable(target);
      return true;
    } catch (UnusableFolderException e) {
      err.println("deliverysim " + command + ": --out: " + e.getMessage());
      err.flush();
      return false;
    }
  }

  /** Prints a study's refusal, the loader's lines as they are, the others naming the command. */
  static int printInput(String command, StudyInputException e, PrintWriter err) {
    e.located().forEach(err::println);
    e.messages().forEach(m -> err.println("deliverysim " + command + ": " + m));
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  static Invocation invocation(CommandSpec spec) {
    return Invocation.of(spec.commandLine().getParseResult().originalArgs());
  }
}
