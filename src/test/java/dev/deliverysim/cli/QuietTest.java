package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quiet} means one thing for every command: print nothing but problems. */
class QuietTest {
  @TempDir Path tmp;

  private void quietly(String name, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 3);
    all[args.length] = "--quiet";
    all[args.length + 1] = "--out";
    all[args.length + 2] = tmp.resolve(name).toString();
    Cli cli = Cli.run(all);
    assertEquals(0, cli.exit(), name + ": " + cli.err());
    assertEquals("", cli.out(), name + " printed on standard output");
    assertTrue(Files.exists(tmp.resolve(name).resolve("manifest.json")), name + " wrote its results");
  }

  @Test
  void everyCommandPrintsNothingButProblems() {
    String[] small = {"--replications", "2", "--set", "run.horizon=100h", "--set", "run.warmup=10h"};
    quietly("run", concat(new String[] {"run", "scenarios/mm1.yaml"}, small));
    quietly("compare", concat(new String[] {"compare", "scenarios/mm1.yaml", "scenarios/mm1.yaml"}, small));
    quietly("sweep", concat(new String[] {"sweep", "scenarios/mm1.yaml", "--param", "stations[0].servers=1,2"}, small));
    quietly("sensitivity", concat(new String[] {"sensitivity", "scenarios/mm1.yaml", "--param",
        "stations[0].servers", "--changes", "50"}, small));
    quietly("forecast", "forecast", "--history", "src/test/resources/forecast/constant.csv", "--items", "5",
        "--start", "2026-12-01");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
