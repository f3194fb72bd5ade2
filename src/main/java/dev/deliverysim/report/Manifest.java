package dev.deliverysim.report;

import java.util.List;

/**
 * What identifies a run, for {@code manifest.json}: enough to reproduce it exactly.
 *
 * @param sources every scenario file read (the file and those it extends) with its SHA-256
 * @param overrides the {@code --set} assignments, in order
 */
public record Manifest(
    String toolVersion,
    String scenarioFile,
    List<Source> sources,
    List<String> overrides,
    long seed,
    int replications,
    int threads,
    List<String> commandLine,
    String startedAt,
    double wallSeconds,
    String javaVersion) {

  public record Source(String file, String sha256) {}

  public Manifest {
    sources = List.copyOf(sources);
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }
}
