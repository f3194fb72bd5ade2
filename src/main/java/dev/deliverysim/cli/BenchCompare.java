package dev.deliverysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench --compare JAR}: this build's bench and another build's, each in a fresh JVM of its
 * own, alternately (this, other; other, this; …) so that whatever else loads the machine lands on
 * both. Each run's table is parsed; per workload the medians and the median of the per-pair ratios
 * other ÷ this (above 1: this build is faster) are printed.
 */
final class BenchCompare {
  private final Path otherJar;
  private final List<String> benchArgs;
  private final int pairs;

  BenchCompare(Path otherJar, List<String> benchArgs, int pairs) {
    this.otherJar = otherJar;
    this.benchArgs = benchArgs;
    this.pairs = pairs;
  }

  /** Thrown when a build's bench fails or prints no row for a workload: a usage problem (exit 2). */
  static final class Failed extends Exception {
    Failed(String message) {
      super(message);
    }
  }

  int run(List<String> workloads, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> self = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName());
    List<String> other = List.of(java, "-jar", otherJar.toString());
    double[][] mine = new double[workloads.size()][pairs];
    double[][] theirs = new double[workloads.size()][pairs];
    try {
      for (int p = 0; p < pairs; p++) {
        boolean selfFirst = p % 2 == 0;
        for (int k = 0; k < 2; k++) {
          boolean isSelf = (k == 0) == selfFirst;
          err.printf(Locale.ROOT, "bench --compare: pair %d of %d, %s%n", p + 1, pairs,
              isSelf ? "this build" : otherJar);
          err.flush();
          Map<String, Double> ns = nsPerEvent(runBench(isSelf ? self : other), workloads,
              isSelf ? "this build" : otherJar.toString());
          for (int w = 0; w < workloads.size(); w++) {
            (isSelf ? mine : theirs)[w][p] = ns.get(workloads.get(w));
          }
        }
      }
    } catch (Failed e) {
      err.println("deliverysim bench: --compare " + otherJar + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    out.printf(Locale.ROOT, "%-14s %14s %14s %12s   (ns/event: medians of %d alternating pairs of runs;"
        + " ratio: median of the pairs' other ÷ this, above 1 = this build faster)%n",
        "workload", "this ns/event", "other ns/event", "other÷this", pairs);
    for (int w = 0; w < workloads.size(); w++) {
      double[] ratios = new double[pairs];
      for (int p = 0; p < pairs; p++) {
        ratios[p] = theirs[w][p] / mine[w][p];
      }
      out.printf(Locale.ROOT, "%-14s %14.1f %14.1f %12.3f%n", workloads.get(w), median(mine[w]),
          median(theirs[w]), median(ratios));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private String runBench(List<String> command) throws IOException, InterruptedException, Failed {
    List<String> full = new ArrayList<>(command);
    full.add("bench");
    full.addAll(benchArgs);
    Path errFile = Files.createTempFile("deliverysim-bench", ".err");
    try {
      Process process = new ProcessBuilder(full).redirectError(errFile.toFile()).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      if (exit != 0) {
        String error = Files.readString(errFile, StandardCharsets.UTF_8).strip();
        throw new Failed("its bench failed (exit " + exit + ")" + (error.isEmpty() ? "" : ": " + error));
      }
      return output;
    } finally {
      Files.deleteIfExists(errFile);
    }
  }

  /**
   * The ns/event column (the fourth) of each workload's row in a bench table. Both of bench's
   * tables, the network's and the delivery model's, start with: workload, events, wall s, ns/event.
   */
  static Map<String, Double> nsPerEvent(String table, List<String> workloads, String who) throws Failed {
    Map<String, Double> found = new LinkedHashMap<>();
    for (String line : table.split("\\R")) {
      String[] cells = line.trim().split("\\s+");
      if (cells.length >= 4 && workloads.contains(cells[0])) {
        try {
          found.put(cells[0], Double.parseDouble(cells[3].replace(",", "")));
        } catch (NumberFormatException e) {
          throw new Failed(who + " printed an unreadable row: " + line);
        }
      }
    }
    for (String w : workloads) {
      if (!found.containsKey(w)) {
        throw new Failed(who + " printed no row for workload " + w + " (an older build without it?)");
      }
    }
    return found;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
