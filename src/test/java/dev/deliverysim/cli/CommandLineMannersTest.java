package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line answers a new user (issue 15): a typo, a help screen, a Ctrl-C, a repeated warning. */
class CommandLineMannersTest {
  @TempDir Path tmp;

  @Test
  void anUnknownCommandGetsOneLineWithASuggestion() {
    Cli cli = Cli.run("rnu", "scenarios/mm1.yaml");
    assertEquals(2, cli.exit());
    assertEquals(List.of("deliverysim: unknown command 'rnu' (did you mean 'run'?); commands are: run, compare, sweep,"
        + " validate, sensitivity, forecast, calibrate, bench, serve, optimize, help", "Run 'deliverysim --help' for what each does."),
        cli.err().lines().toList());
  }

  @Test
  void helpNeverCutsATokenWhenPiped() {
    Cli cli = Cli.run("run", "--help");
    assertTrue(cli.out().contains("summary.json"), cli.out());
    assertTrue(cli.out().contains("--set stations[0].servers=2 --out /tmp/mm2"), cli.out());
  }

  @Test
  void aWarningIsPrintedOncePerCommand() {
    Cli cli = Cli.run("sweep", "scenarios/mm1.yaml", "--param", "stations[0].servers=1,2", "--set",
        "job_classes[0].arrivals.rate=1.2", "--replications", "2", "--set", "run.horizon=300h", "--set", "run.warmup=0h",
        "--out", tmp.resolve("sweep").toString(), "--quiet");
    assertEquals(0, cli.exit(), cli.err());
    assertEquals(1, cli.err().lines().filter(l -> l.contains("warning: stations[0]: station 'server' is unstable")).count(),
        cli.err());
  }

  @Test
  void ctrlCSaysWhatHappenedToTheResults() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "scenarios/mm1.yaml",
        "--replications", "100000", "--threads", "1", "--out", tmp.resolve("out").toString());
    Path log = tmp.resolve("log.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Thread.sleep(2500); // started, and well inside the replications
    assertTrue(process.isAlive(), Files.readString(log));
    assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
    assertTrue(process.waitFor(120, TimeUnit.SECONDS)); // generous: a loaded machine is slow to wind down
    assertEquals(130, process.exitValue());
    String printed = Files.readString(log);
    assertTrue(printed.contains("deliverysim: interrupted; nothing unfinished was kept"), printed);
    assertFalse(Files.exists(tmp.resolve("out/manifest.json")));
  }
}
