package dev.deliverysim.scenario;

import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.scenario.spec.ScenarioSpec;
import dev.deliverysim.scenario.spec.UnitsSpec;
import dev.deliverysim.scenario.tree.InheritanceResolver;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.PathLocator;
import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.Pruning;
import dev.deliverysim.scenario.tree.RecordBinder;
import dev.deliverysim.scenario.tree.TreeEdits;
import dev.deliverysim.scenario.tree.YamlNode;
import dev.deliverysim.scenario.tree.YamlTreeReader;
import java.nio.charset.StandardCharsets;
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
    List<InheritanceResolver.SourceText> read = new ArrayList<>();
    YamlNode tree = InheritanceResolver.resolve(file, file.toString(), problems, read);
    return finish(new Origin(file, sources(read), SourceNotes.of(read)), tree, overrides, problems);
  }

  /**
   * {@code base} with more {@code --set} assignments applied to its merged tree: a variant of what
   * was loaded, read from memory, so a file edited since cannot leak into it. The overrides are
   * the base's followed by {@code more}, as if all had been given at once.
   */
  public static LoadedScenario withOverrides(LoadedScenario base, List<String> more) throws ScenarioException {
    List<String> all = new ArrayList<>(base.overrides());
    all.addAll(more);
    Problems problems = new Problems();
    YamlNode tree = base.tree();
    for (String assignment : more) {
      if (tree != null) {
        tree = TreeEdits.applySet(tree, assignment, problems);
      }
    }
    return finish(new Origin(base.file(), base.sources(), base.notes()), tree, List.of(), problems, all);
  }

  /** For tests and tools: a scenario held in a string, shown in messages as {@code name}. */
  public static LoadedScenario loadString(String yaml, String name, List<String> overrides)
      throws ScenarioException {
    Problems problems = new Problems();
    YamlNode tree = YamlTreeReader.readString(yaml, name, problems);
    return finish(new Origin(null, List.of(), SourceNotes.ofText(name, yaml)), tree, overrides, problems);
  }

  /** Where a scenario came from: its file (null for a string), the files read and their comments. */
  private record Origin(Path file, List<LoadedScenario.SourceFile> sources, java.util.Map<String, String> notes) {}

  private static LoadedScenario finish(Origin origin, YamlNode tree, List<String> overrides, Problems problems)
      throws ScenarioException {
    return finish(origin, tree, overrides, problems, overrides);
  }

  /** Applies {@code toApply} to the tree, then binds and compiles; {@code recorded} is what the result says was applied. */
  private static LoadedScenario finish(Origin origin, YamlNode tree, List<String> toApply, Problems problems,
      List<String> recorded) throws ScenarioException {
    for (String assignment : toApply) {
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
      scenario = compile(spec, tree, units, problems);
      if (scenario != null && spec.phases() != null && !spec.phases().isEmpty()) {
        scenario = new PhaseCompiler(tree, units, problems).compile(scenario, spec);
      }
      if (scenario != null && spec.uncertainty() != null && !problems.hasErrors()) {
        YamlNode written = tree;
        Uncertainty inputs = new UncertaintyRules(new Locator(tree, problems), tree)
            .compile(spec.uncertainty(), scenario, assignments -> recompile(written, assignments));
        scenario = inputs == null ? null : scenario.withUncertainty(inputs);
      }
    } else if (problems.hasErrors()) {
      checkTheRest(tree, units, problems);
    }
    if (problems.hasErrors() || scenario == null) {
      throw new ScenarioException(problems);
    }
    return new LoadedScenario(scenario, problems.sorted(), origin.sources(), origin.file(), recorded, tree,
        origin.notes());
  }

  /**
   * The compiled scenario, or null after reporting problems. The compiler checks every value before
   * building a definition, and definitions check their invariants again; should a definition still
   * refuse a value, that is bad input, not an internal error: after a located error it adds nothing,
   * otherwise it is reported at the top of the scenario with the definition's own words.
   */
  private static Scenario compile(ScenarioSpec spec, YamlNode tree, Units units, Problems problems) {
    try {
      return new ScenarioCompiler(new Locator(tree, problems), units).compile(spec);
    } catch (IllegalArgumentException e) {
      if (!problems.hasErrors()) {
        problems.error(tree.position(), "", String.valueOf(e.getMessage()));
      }
      return null;
    }
  }

  /**
   * After values of the wrong type, checks everything else too (all problems at once): the tree
   * without those values is bound and compiled again, and what that finds elsewhere is added —
   * nothing about the removed values or below them, which were reported already.
   */
  static void checkTheRest(YamlNode tree, Units units, Problems problems) {
    List<String> failed = problems.all().stream().filter(Problem::isError).map(Problem::path)
        .filter(path -> !path.isEmpty()).toList();
    YamlNode pruned = Pruning.without(tree, failed);
    if (pruned == tree) {
      return;
    }
    Problems more = new Problems();
    ScenarioSpec spec = ScenarioBinder.forUnits(units).bind(pruned, ScenarioSpec.class, "", more);
    if (spec == null || more.hasErrors()) {
      return; // a removed value was required: what depends on it cannot be checked
    }
    compile(spec, pruned, units, more);
    more.all().stream().filter(Problem::isError)
        .filter(p -> failed.stream().noneMatch(f -> p.path().equals(f) || p.path().startsWith(f + ".")
            || p.path().startsWith(f + "[") || f.startsWith(p.path() + ".") || p.path().isEmpty()))
        .forEach(p -> problems.add(new Problem(PathLocator.locate(tree, p.path()), p.path(), p.message(), p.severity())));
  }

  /**
   * One outer draw's scenario: {@code tree} without its {@code uncertainty} section, with
   * {@code assignments} applied as by {@code --set}, bound and compiled; throws
   * {@link IllegalArgumentException} with the first problem when they make it invalid.
   */
  private static Scenario recompile(YamlNode tree, List<String> assignments) {
    Problems problems = new Problems();
    YamlNode drawn = TreeEdits.applySet(tree, "uncertainty=null", problems);
    for (String assignment : assignments) {
      drawn = drawn == null ? null : TreeEdits.applySet(drawn, assignment, problems);
    }
    Scenario scenario = null;
    if (drawn != null && !problems.hasErrors()) {
      Units units = units(drawn, problems);
      ScenarioSpec spec = ScenarioBinder.forUnits(units).bind(drawn, ScenarioSpec.class, "", problems);
      scenario = spec == null || problems.hasErrors() ? null : compile(spec, drawn, units, problems);
      if (scenario != null && spec.phases() != null && !spec.phases().isEmpty()) {
        scenario = new PhaseCompiler(drawn, units, problems).compile(scenario, spec); // a drawn scenario keeps its phases
      }
    }
    if (scenario == null || problems.hasErrors()) {
      Problem first = problems.sorted().stream().filter(Problem::isError).findFirst().orElse(null);
      throw new IllegalArgumentException(first == null ? "it does not compile"
          : (first.path().isEmpty() ? "" : first.path() + ": ") + first.message());
    }
    return scenario;
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
        case ROUND -> OutputUnit.ROUNDS;
      };
      return new Units(hours, days, output);
    } catch (IllegalArgumentException e) {
      // at the value that is out of range, not at the section
      if (!(hours > 0 && hours <= 24)) {
        problems.error(PathLocator.locate(tree, "units.hours_per_day"), "units.hours_per_day",
            "expected hours in a working day, in (0, 24], received: " + spec.hoursPerDay());
      } else if (!(days > 0 && days <= 7)) {
        problems.error(PathLocator.locate(tree, "units.days_per_week"), "units.days_per_week",
            "expected working days in a week, in (0, 7], received: " + spec.daysPerWeek());
      } else {
        problems.error(map.get("units").position(), "units", e.getMessage());
      }
      return Units.DEFAULT;
    }
  }

  /** The files the scenario was read from, with their SHA-256, for the manifest. */
  private static List<LoadedScenario.SourceFile> sources(List<InheritanceResolver.SourceText> read) {
    // the text as read, encoded back: the file's bytes, since reading it demanded valid UTF-8
    return read.stream().map(source -> new LoadedScenario.SourceFile(source.path().toString(),
        sha256(source.text().getBytes(StandardCharsets.UTF_8)))).toList();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
