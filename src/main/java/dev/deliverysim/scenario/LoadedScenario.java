package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.scenario.tree.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario that loaded, with what it was loaded from, so that reports describe what ran without
 * reading anything again: the warnings found on the way, every file read (the file itself first,
 * then the files it extends) with its SHA-256, the merged tree after {@code extends} and
 * {@code --set}, and the end-of-line comments of those files as they were when read.
 *
 * @param file the scenario file, or null for a scenario held in a string
 * @param overrides the {@code --set} assignments applied, in order
 * @param tree the merged tree the scenario was compiled from
 * @param notes each end-of-line comment, keyed {@code source:line} as in {@link Assumptions.Assumption#setIn}
 */
public record LoadedScenario(Scenario scenario, List<Problem> warnings, List<SourceFile> sources,
    Path file, List<String> overrides, YamlNode tree, Map<String, String> notes) {
  public record SourceFile(String file, String sha256) {}

  public LoadedScenario {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(tree, "tree");
    warnings = List.copyOf(warnings);
    sources = List.copyOf(sources);
    overrides = List.copyOf(overrides);
    notes = Map.copyOf(notes);
  }

  /** How the scenario is named in manifests: its file, or its name when it came from a string. */
  public String input() {
    return file != null ? file.toString() : scenario.name();
  }
}
