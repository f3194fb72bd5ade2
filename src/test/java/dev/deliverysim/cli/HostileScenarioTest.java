package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario someone sent you (issue 15, findings 1, 2 and 6): its {@code name} cannot lead its
 * results out of {@code results/}, its {@code extends} cannot read (or quote) a file outside its
 * folder, and no special file is ever opened. Nothing outside the results folder is created,
 * changed or deleted.
 */
class HostileScenarioTest {
  private static final String BODY = "run: {horizon: 10h, replications: 1}\n"
      + "job_classes: [{name: j, arrivals: {rate: 1}, enter: s}]\n"
      + "stations: [{name: s, service: {fixed: 0.5}}]\n";
  /** Where {@code name: ../target/hostile-victim} would write from the project folder. */
  private static final Path VICTIM = Path.of("target", "hostile-victim");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"'../target/hostile-victim'", "''", "'.'", "'..'", "'/tmp/x'", "'a/../../b'",
      "'.hidden'", "' lead'", "'a\\tb'", "'con\\u0000'"})
  void aNameThatIsNotAPlainFolderNameIsRefusedAndTouchesNothing(String name) throws IOException {
    Files.createDirectories(VICTIM);
    Files.writeString(VICTIM.resolve("report.html"), "mine");
    Files.writeString(VICTIM.resolve("manifest.json"), "{}");
    Path scenario = write("evil.yaml", "name: " + name + "\n" + BODY);
    Map<Path, String> victimBefore = snapshot(VICTIM);
    Map<Path, String> resultsBefore = snapshot(Path.of("results"));
    Map<Path, String> tmpBefore = snapshot(tmp);

    for (String command : new String[] {"run", "validate"}) {
      Cli cli = Cli.run(command, scenario.toString());
      assertEquals(2, cli.exit(), cli.err());
      assertTrue(cli.err().contains("evil.yaml:1:7: error: name: expected a name that can be a folder name"), cli.err());
      assertFalse(cli.printedStackTrace(), cli.err());
    }
    assertEquals(victimBefore, snapshot(VICTIM));
    assertEquals(resultsBefore, snapshot(Path.of("results")));
    assertEquals(tmpBefore, snapshot(tmp));
  }

  @Test
  void aPlainNameWithSpacesDotsAndDashesIsAccepted() throws IOException {
    Path scenario = write("ok.yaml", "name: Team A v2.1_final-run\n" + BODY);
    Cli cli = Cli.run("validate", scenario.toString());
    assertEquals(0, cli.exit(), cli.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd", "../../../../../../etc/passwd", "/etc/hostname", "/dev/zero",
      "../outside.yaml", "sub/../../outside.yaml", "link.yaml"})
  void extendsNeverReadsOutsideTheScenarioFolderNorQuotesWhatItFinds(String target) throws IOException {
    Path inner = Files.createDirectories(tmp.resolve("inner"));
    Files.writeString(tmp.resolve("outside.yaml"), "secret: TOPSECRET\n");
    Files.createSymbolicLink(inner.resolve("link.yaml"), tmp.resolve("outside.yaml"));
    Path scenario = inner.resolve("team.yaml");
    Files.writeString(scenario, "extends: " + target + "\nname: team\n" + BODY);
    Map<Path, String> before = snapshot(tmp);

    Cli cli = Cli.run("run", scenario.toString(), "--out", tmp.resolve("out").toString());

    assertEquals(2, cli.exit(), cli.err());
    assertTrue(cli.err().startsWith(scenario + ":1:10: error: extends: base scenario '"), cli.err());
    for (String secret : new String[] {"root:", "TOPSECRET", "secret"}) {
      assertFalse(cli.err().contains(secret), cli.err());
    }
    assertFalse(cli.printedStackTrace(), cli.err());
    assertEquals(before, snapshot(tmp));
  }

  @Test
  void aBaseBelowTheScenarioFolderIsStillRead() throws IOException {
    write("common/base.yaml", BODY);
    Path scenario = write("team.yaml", "extends: common/base.yaml\nname: team\n");
    Cli cli = Cli.run("validate", scenario.toString());
    assertEquals(0, cli.exit(), cli.err());
  }

  @Test
  void aScenarioThatIsNotAMapIsNotQuoted() throws IOException {
    Path notes = write("notes.txt", "password: hunter2 is not YAML map material\nline two\n".replace(": ", " "));
    Cli cli = Cli.run("validate", notes.toString());
    assertEquals(2, cli.exit());
    assertFalse(cli.err().contains("hunter2"), cli.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run"})
  void specialFilesAreRefusedWithoutBeingRead(String command) throws Exception {
    Path fifo = tmp.resolve("fifo.yaml");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    for (String file : new String[] {"/dev/zero", fifo.toString()}) {
      Cli cli = Cli.run(command, file);
      assertEquals(file + ":1:1: error: cannot read file: it is not a regular file (a device, a pipe or a socket)",
          cli.err().strip());
      assertEquals(2, cli.exit());
    }
  }

  @Test
  void aForecastHistoryMustBeARegularFile() {
    Cli cli = Cli.run("forecast", "--history", "/dev/zero", "--items", "10", "--start", "2026-12-01");
    assertEquals(2, cli.exit(), cli.err());
    assertTrue(cli.err().contains("/dev/zero: cannot read the history: it is not a regular file"), cli.err());
  }

  @Test
  void anOversizedScenarioIsRefusedByItsSize() throws IOException {
    Path big = tmp.resolve("big.yaml");
    try (var out = Files.newBufferedWriter(big)) {
      String line = "# " + "x".repeat(1000) + "\n";
      for (int i = 0; i < 5000; i++) {
        out.write(line);
      }
    }
    Cli cli = Cli.run("validate", big.toString());
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("larger than 4 MiB"), cli.err());
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** Every file under {@code root} with its content (empty when missing), to compare before and after. */
  static Map<Path, String> snapshot(Path root) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        files.put(p, Files.isRegularFile(p) ? java.util.Arrays.hashCode(Files.readAllBytes(p)) + "" : Files.isDirectory(p) ? "<dir>" : "<other>");
      }
    }
    return files;
  }
}
