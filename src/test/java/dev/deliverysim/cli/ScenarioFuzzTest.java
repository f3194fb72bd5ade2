package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of seeded mutants of the shipped scenarios, in one JVM, through the command line
 * (issue 15): whatever the input, {@code validate} answers in seconds with exit 0 or 2, never a
 * stack trace or an internal error, and every line it prints names a file, line and column (one
 * mutant in five also gets a malformed or hostile {@code --set}); a
 * sample of the accepted mutants also runs one replication. {@code -Dfuzz.mutants=N} and
 * {@code -Dfuzz.seed=S} change how many and which; a failure prints the mutant to replay.
 */
class ScenarioFuzzTest {
  private static final Pattern LOCATED = Pattern.compile("^(.+|--set):\\d+:\\d+: (error|warning): .+");
  /** The profile's run ({@code ./mvnw -Pslow}): ten thousand mutants, about 45 s. */
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 10_000);
  /** The default suite's share: a few seconds, a different seed every release of the shipped files. */
  private static final int SMOKE_MUTANTS = 300;
  private static final long SEED = Long.getLong("fuzz.seed", 15);
  /** One accepted mutant in this many also runs (one replication, numbers only). */
  private static final int RUN_EVERY = 10;

  @TempDir Path tmp;

  @Test
  void aFewHundredMutantsInTheDefaultSuite() throws IOException {
    fuzz(SMOKE_MUTANTS, SEED + 1);
  }

  @Test
  @Tag("fuzz")
  void noMutantEscapesHangsOrCrashes() throws IOException {
    fuzz(MUTANTS, SEED);
  }

  private void fuzz(int mutants, long seed) throws IOException {
    Map<String, String> shipped = shipped();
    List<String> names = new ArrayList<>(shipped.keySet());
    ScenarioMutator mutator = new ScenarioMutator(seed);
    Path folder = Files.createDirectories(tmp.resolve("scenarios"));
    for (Map.Entry<String, String> e : shipped.entrySet()) {
      Files.writeString(folder.resolve(e.getKey()), e.getValue());
    }
    int accepted = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < mutants; i++) {
      String name = mutator.pick(names);
      String text = shipped.get(name);
      String mutant = mutator.nextInt(4) == 0 ? mutator.mutateText(text)
          : MutantYaml.write(mutator.mutate(MutantYaml.parse(text)));
      Path file = Files.writeString(folder.resolve("mutant-" + name), mutant);
      String[] validate = mutator.nextInt(5) == 0
          ? new String[] {"validate", file.toString(), "--set", mutator.pick(ScenarioMutator.SETS)}
          : new String[] {"validate", file.toString()};
      Cli cli = check(i, mutant, validate);
      if (cli.exit() == 0 && accepted++ % RUN_EVERY == 0) {
        check(i, mutant, "run", file.toString(), "--replications", "1", "--threads", "1", "--numbers-only",
            "--quiet", "--out", tmp.resolve("out").toString());
      }
    }
    System.out.printf("fuzz: %d mutants (seed %d), %d accepted, %d of them run, in %.1f s%n", mutants, seed, accepted,
        (accepted + RUN_EVERY - 1) / RUN_EVERY, (System.nanoTime() - t0) / 1e9);
  }

  private static Cli check(int index, String mutant, String... args) {
    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(args),
        () -> "mutant " + index + " hung:\n" + mutant);
    String problem = null;
    if (cli.exit() != 0 && cli.exit() != 2) {
      problem = "exit " + cli.exit();
    } else if (cli.printedStackTrace() || cli.err().contains("internal error")) {
      problem = "internal error";
    } else if (cli.err().lines().anyMatch(l -> !LOCATED.matcher(l).matches()) && args[0].equals("validate")) {
      problem = "a line without file:line:col";
    }
    if (problem != null) {
      fail("mutant " + index + " (" + String.join(" ", args) + "): " + problem + "\n" + cli.err() + "\n---\n" + mutant);
    }
    return cli;
  }

  private static Map<String, String> shipped() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    // With the games under scenarios/games/, written beside the others (their `extends` stays valid).
    try (Stream<Path> files = Files.walk(Path.of("scenarios"), 2)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        texts.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return texts;
  }
}
