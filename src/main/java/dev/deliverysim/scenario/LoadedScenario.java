package dev.deliverysim.scenario;

import dev.deliverysim.scenario.tree.Problem;
import java.util.List;

/**
 * A scenario that loaded, with the warnings found on the way and every file it was read from
 * (the file itself first, then the files it extends), each with its SHA-256.
 */
public record LoadedScenario(Scenario scenario, List<Problem> warnings, List<SourceFile> sources) {
  public record SourceFile(String file, String sha256) {}

  public LoadedScenario {
    warnings = List.copyOf(warnings);
    sources = List.copyOf(sources);
  }
}
