package dev.deliverysim.experiment.sweep;

import dev.deliverysim.scenario.LoadedScenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two sweeps the same sweep: the scenario's content, the fixed overrides, the grid, the
 * seed and the replications. Its hash is stored with the points, so a resumed run or a merge never
 * mixes points of different sweeps. File names are left out on purpose: shards on different
 * machines may see the scenario under different paths.
 *
 * @param scenario the scenario file as given, for people (not hashed)
 * @param sources the scenario file and each file it extends, in order, with its SHA-256 (only the
 *     hashes count)
 * @param overrides the {@code --set} assignments applied to every point
 * @param build the tool version and a hash of the metric list: points computed by a build that
 *     reports other metrics must not be mixed into one file
 */
public record SweepSpec(
    String scenario,
    List<LoadedScenario.SourceFile> sources,
    List<String> overrides,
    SweepGrid grid,
    long seed,
    int replications,
    String build) {

  public SweepSpec {
    sources = List.copyOf(sources);
    overrides = List.copyOf(overrides);
  }

  /** SHA-256 of a canonical text of every field but the file name. */
  public String hash() {
    StringBuilder text = new StringBuilder("deliverysim sweep 1\n");
    sources.forEach(s -> text.append("source ").append(s.sha256()).append('\n'));
    overrides.forEach(o -> text.append("set ").append(o.length()).append(' ').append(o).append('\n'));
    for (Param p : grid.params()) {
      text.append("param ").append(p.path().length()).append(' ').append(p.path());
      p.values().forEach(v -> text.append(' ').append(v.length()).append(':').append(v));
      text.append('\n');
    }
    text.append("seed ").append(seed).append('\n');
    text.append("replications ").append(replications).append('\n');
    text.append("build ").append(build).append('\n');
    return sha256(text.toString());
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
