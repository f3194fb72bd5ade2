package dev.deliverysim.study;

import dev.deliverysim.report.Manifest;
import dev.deliverysim.scenario.LoadedScenario;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who asked for a study and how — the tool's version and the command line (or the request) — and
 * the one place a manifest is assembled from it and from what ran.
 */
public record Invocation(String toolVersion, List<String> commandLine) {
  public Invocation {
    commandLine = List.copyOf(commandLine);
  }

  /** This build's invocation with {@code commandLine}. */
  public static Invocation of(List<String> commandLine) {
    return new Invocation(currentVersion(), commandLine);
  }

  /** The tool's version, from the jar manifest ("dev" when run from classes). */
  public static String currentVersion() {
    String v = Invocation.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  /** The record of a study for {@code manifest.json}: enough to reproduce it exactly. */
  Manifest manifest(String input, Collection<LoadedScenario.SourceFile> sources, List<String> overrides, long seed,
      int replications, int threads, Instant started, double wallSeconds) {
    Set<Manifest.Source> distinct = new LinkedHashSet<>();
    sources.forEach(s -> distinct.add(new Manifest.Source(s.file(), s.sha256())));
    return new Manifest(toolVersion, input, List.copyOf(distinct), overrides, seed, replications, threads,
        commandLine, started.toString(), wallSeconds, System.getProperty("java.version"));
  }
}
