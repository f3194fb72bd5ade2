package dev.deliverysim.scenario;

import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.scenario.spec.ScenarioSpec;
import dev.deliverysim.scenario.spec.UnitsSpec;
import dev.deliverysim.scenario.tree.InheritanceResolver;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.RecordBinder;
import dev.deliverysim.scenario.tree.TreeEdits;
import dev.deliverysim.scenario.tree.YamlNode;
import dev.deliverysim.scenario.tree.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a scenario file the one way every command and test does: YAML with positions, the
 * {@code extends} chain, {@code --set} overrides, binding, checking and compiling. Every problem
 * is collected; if any is an error, {@link ScenarioException} carries them all.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  public static LoadedScenario load(Path file, List<String> overrides) throws ScenarioException {
    Problems problems = new Problems();
    List<Path> read = new ArrayList<>();
    YamlNode tree = InheritanceResolver.resolve(file, file.toString(), problems, read);
    return finish(tree, overrides, problems, sources(read));
  }

  /** For tests and tools: a scenario held in a string, shown in messages as {@code name}. */
  public static LoadedScenario loadString(String yaml, String name, List<String> overrides)
      throws ScenarioException {
    Problems problems = new Problems();
    YamlNode tree = YamlTreeReader.readString(yaml, name, problems);
    return finish(tree, overrides, problems, List.of());
  }

  private static LoadedScenario finish(
      YamlNode tree, List<String> overrides, Problems problems, List<LoadedScenario.SourceFile> sources)
      throws ScenarioException {
    for (String assignment : overrides) {
      if (tree != null) {
        tree = TreeEdits.applySet(tree, assignment, problems);
      }
    }
    if (problems.hasErrors() || tree == null) {
      throw new ScenarioException(problems);
    }
    Units units = units(tree, problems);
    if (problems.hasErrors()) {
      throw new ScenarioException(problems);
    }
    ScenarioSpec spec = ScenarioBinder.forUnits(units).bind(tree, ScenarioSpec.class, "", problems);
    Scenario scenario = null;
    if (spec != null && !problems.hasErrors()) {
      scenario = new ScenarioCompiler(new Locator(tree, problems), units).compile(spec);
    }
    if (problems.hasErrors() || scenario == null) {
      throw new ScenarioException(problems);
    }
    return new LoadedScenario(scenario, problems.sorted(), sources);
  }

  /** The units section is read first: every duration elsewhere in the file depends on it. */
  private static Units units(YamlNode tree, Problems problems) {
    if (!(tree instanceof MapNode map) || map.get("units") == null) {
      return Units.DEFAULT;
    }
    UnitsSpec spec = new RecordBinder().bindValue(map.get("units"), UnitsSpec.class, "units", problems);
    if (spec == null) {
      return Units.DEFAULT;
    }
    double hours = spec.hoursPerDay() != null ? spec.hoursPerDay() : Units.DEFAULT.hoursPerDay();
    double days = spec.daysPerWeek() != null ? spec.daysPerWeek() : Units.DEFAULT.daysPerWeek();
    try {
      OutputUnit output = switch (spec.outputUnit() == null ? UnitsSpec.OutputUnitName.H : spec.outputUnit()) {
        case H -> OutputUnit.HOURS;
        case D -> new OutputUnit("d", hours);
        case W -> new OutputUnit("w", hours * days);
      };
      return new Units(hours, days, output);
    } catch (IllegalArgumentException e) {
      problems.error(map.get("units").position(), "units", e.getMessage());
      return Units.DEFAULT;
    }
  }

  /** The files the scenario was read from, with their SHA-256, for the manifest. */
  private static List<LoadedScenario.SourceFile> sources(List<Path> read) {
    List<LoadedScenario.SourceFile> sources = new ArrayList<>();
    for (Path file : read) {
      try {
        sources.add(new LoadedScenario.SourceFile(file.toString(), sha256(Files.readAllBytes(file))));
      } catch (IOException e) {
        break; // unreadable: already reported, and the load fails
      }
    }
    return sources;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
