package dev.deliverysim.scenario.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a scenario file and, when its top level says {@code extends: base.yaml}, overlays it on that
 * base (recursively), so teams can share a base scenario and change only what differs.
 *
 * <p>The base path is relative to the extending file; its display name is built the same way from
 * the extending file's display name, so messages show {@code scenarios/base.yaml:4:3}. The merge
 * rules are those of {@link TreeEdits#merge}; the {@code extends} key is dropped from the result.
 * When a base cannot be used (missing, a cycle, not a map, invalid YAML) the error is reported at the
 * {@code extends} value (or inside the base) and the result is null: binding a scenario whose base
 * is missing would only add a flood of misleading "missing required field" errors.
 */
public final class InheritanceResolver {

  /** The top-level key that names the base scenario. */
  public static final String EXTENDS = "extends";

  private InheritanceResolver() {}

  /** The scenario in {@code file} with its {@code extends} chain applied, or null after reporting problems. */
  public static YamlNode resolve(Path file, String displayName, Problems problems) {
    return resolve(file, displayName, problems, new ArrayList<>());
  }

  /**
   * The same, also adding to {@code read} every file read with the text it held when read, the
   * scenario first, then its bases (a file that could not be read is not added).
   */
  public static YamlNode resolve(Path file, String displayName, Problems problems, List<SourceText> read) {
    List<Link> chain = new ArrayList<>();
    YamlNode resolved = resolveChain(file, displayName, problems, chain);
    chain.stream().filter(link -> link.text() != null)
        .forEach(link -> read.add(new SourceText(link.path(), link.displayName(), link.text())));
    return resolved;
  }

  /** A file read on the way, with its display name and the text it held then. */
  public record SourceText(Path path, String displayName, String text) {}

  private static YamlNode resolveChain(Path file, String displayName, Problems problems, List<Link> chain) {
    String text = YamlTreeReader.readText(file, displayName, problems);
    chain.add(new Link(file, identity(file), displayName, text));
    YamlNode root = text == null ? null : YamlTreeReader.readString(text, displayName, problems);
    if (!(root instanceof MapNode map) || !map.entries().containsKey(EXTENDS)) {
      return root;
    }
    YamlNode target = map.get(EXTENDS);
    if (!(target instanceof ScalarNode name) || name.isNull() || name.text().isBlank()) {
      problems.error(target.position(), EXTENDS,
          "expected the file name of a base scenario, received: " + target.describe());
      return null;
    }
    Path basePath;
    String baseName;
    try {
      basePath = file.resolveSibling(name.text()).normalize();
      baseName = displayNameOf(displayName, name.text());
    } catch (InvalidPathException e) {
      problems.error(name.position(), EXTENDS, "not a valid file name: " + e.getReason());
      return null;
    }
    Path baseIdentity = identity(basePath);
    if (chain.stream().anyMatch(link -> link.identity().equals(baseIdentity))) {
      String cycle = chain.stream().map(Link::displayName).collect(Collectors.joining(" → "));
      problems.error(name.position(), EXTENDS, "inheritance cycle: " + cycle + " → " + baseName);
      return null;
    }
    String refusal = refusal(chain.get(0).identity(), basePath, baseIdentity);
    if (refusal != null) {
      problems.error(name.position(), EXTENDS, "base scenario '" + baseName + "' " + refusal);
      return null;
    }
    YamlNode base = resolveChain(basePath, baseName, problems, chain);
    if (base == null) {
      return null;
    }
    if (!(base instanceof MapNode baseMap)) {
      problems.error(name.position(), EXTENDS,
          "base scenario '" + baseName + "' must be a map at the top level, but it is " + base.describeDocument());
      return null;
    }
    return TreeEdits.merge(baseMap, map.without(EXTENDS));
  }

  /**
   * Why a base may not be read, or null: a scenario someone sent you must not read (and quote)
   * any file on the machine, so a base is a {@code .yaml} or {@code .yml} file inside the folder of
   * the scenario named on the command line (or below it), compared by real path so that neither
   * {@code ..} nor a symbolic link leads out.
   */
  private static String refusal(Path scenario, Path basePath, Path baseIdentity) {
    String file = basePath.getFileName() == null ? "" : basePath.getFileName().toString();
    if (!file.endsWith(".yaml") && !file.endsWith(".yml")) {
      return "is not a scenario file: expected a name ending in .yaml or .yml";
    }
    Path folder = scenario.getParent();
    if (folder != null && !baseIdentity.startsWith(folder)) {
      return "is outside the scenario's folder (" + folder.getFileName() + "): a base must be in the"
          + " folder of the scenario you run, or below it";
    }
    if (!Files.isRegularFile(basePath)) {
      return "does not exist";
    }
    return null;
  }

  /** A file on the inheritance chain, compared by real path so symlinks and {@code ..} cannot hide a cycle. */
  private record Link(Path path, Path identity, String displayName, String text) {}

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      Path absolute = file.toAbsolutePath().normalize();
      Path parent = absolute.getParent();
      return parent == null || !Files.isDirectory(parent) ? absolute : identity(parent).resolve(absolute.getFileName());
    }
  }

  private static String displayNameOf(String extendingName, String target) {
    Path extending = Path.of(extendingName);
    Path targetPath = Path.of(target);
    if (targetPath.isAbsolute() || extending.getParent() == null) {
      return targetPath.normalize().toString();
    }
    return extending.resolveSibling(targetPath).normalize().toString();
  }
}
