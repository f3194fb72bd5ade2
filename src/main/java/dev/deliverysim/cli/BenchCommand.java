package dev.deliverysim.cli;

import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times the engine on three textbook workloads, read from YAML through the same
 * loader users use. An event is an arrival or a service completion. Each workload is warmed up
 * (JIT), then timed {@code --repeat} times on one thread; the median is printed.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure engine speed (ns per event) on M/M/1, M/M/5 and a tandem of five M/M/1, and the"
        + " delivery model's on the baseline organisation scaled to 12, 120, 1,200 or 12,000 people.",
    footer = {"", "Examples:", "  deliverysim bench --repeat 7",
        "  deliverysim bench --workload delivery-120 --compare old/deliverysim.jar --pairs 5"})
final class BenchCommand implements Callable<Integer> {
  static final List<String> WORKLOADS = List.of("mm1", "mm5", "tandem5");
  /** What runs without --workload: the network workloads and the two delivery sizes that take seconds. */
  static final List<String> DEFAULT = List.of("mm1", "mm5", "tandem5", "delivery-12", "delivery-120");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--jobs", paramLabel = "N", description = "Jobs per timed run (default: ${DEFAULT-VALUE}).")
  long jobs = 1_000_000;

  @Option(names = "--repeat", paramLabel = "N", description = "Timed runs per workload (default: ${DEFAULT-VALUE}).")
  int repeat = 5;

  @Option(names = "--workload", paramLabel = "NAME", split = ",",
      description = "Workloads to run: mm1, mm5, tandem5, delivery-12, delivery-120, delivery-1200,"
          + " delivery-12000 (default: all but the two largest).")
  List<String> workloads = DEFAULT;

  @Option(names = "--compare", paramLabel = "JAR",
      description = "Also run another build's bench (java -jar JAR bench …), alternating with this build's, each"
          + " in a fresh JVM, and print both builds' ns/event and their ratios.")
  Path compare;

  @Option(names = "--pairs", paramLabel = "N",
      description = "With --compare: alternating pairs of runs, this build's and the other's (default: ${DEFAULT-VALUE}).")
  int pairs = 3;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jobs < 1000 || repeat < 1) {
      err.println("deliverysim bench: expected --jobs ≥ 1000 and --repeat ≥ 1");
      return ExitCodes.BAD_INPUT;
    }
    for (String w : workloads) {
      if (!WORKLOADS.contains(w) && !DeliveryWorkload.NAMES.contains(w)) {
        err.println("deliverysim bench: --workload: unknown workload '" + w + "'; expected one of " + WORKLOADS
            + " or " + DeliveryWorkload.NAMES);
        return ExitCodes.BAD_INPUT;
      }
    }
    if (compare != null) {
      if (!Files.isRegularFile(compare) || pairs < 1) {
        err.println("deliverysim bench: " + (pairs < 1 ? "expected --pairs ≥ 1"
            : "--compare: no such file '" + compare + "'; expected the jar of another build (target/deliverysim.jar)"));
        return ExitCodes.BAD_INPUT;
      }
      List<String> args = List.of("--workload", String.join(",", workloads), "--repeat", Integer.toString(repeat),
          "--jobs", Long.toString(jobs));
      return new BenchCompare(compare, args, pairs).run(workloads, out, err);
    }
    if (workloads.stream().anyMatch(WORKLOADS::contains)) {
      out.printf(Locale.ROOT, "%-8s %12s %10s %10s %14s   (median of %d runs, 1 thread, Java %s)%n",
          "workload", "events", "wall s", "ns/event", "events/s", repeat, System.getProperty("java.version"));
    }
    for (String w : workloads) {
      if (DeliveryWorkload.NAMES.contains(w)) {
        continue;
      }
      SimulationModel model = load(w, jobs);
      SimulationModel warmup = load(w, Math.max(1000, jobs / 5));
      for (int i = 0; i < 3; i++) {
        warmup.replicate(1, i);
      }
      double[] seconds = new double[repeat];
      long events = 0;
      for (int i = 0; i < repeat; i++) {
        long t0 = System.nanoTime();
        ReplicationResult r = model.replicate(1, i);
        seconds[i] = (System.nanoTime() - t0) / 1e9;
        events = r.events();
      }
      Arrays.sort(seconds);
      double median = seconds[repeat / 2];
      out.printf(Locale.ROOT, "%-8s %,12d %10.3f %10.1f %,14.0f%n", w, events, median,
          median * 1e9 / events, events / median);
      out.flush();
    }
    List<String> delivery = workloads.stream().filter(DeliveryWorkload.NAMES::contains).toList();
    if (!delivery.isEmpty()) {
      DeliveryWorkload.header(out, repeat);
      for (String w : delivery) {
        DeliveryWorkload.of(w).run(repeat, out);
      }
    }
    return ExitCodes.OK;
  }

  private static SimulationModel load(String workload, long jobs) throws IOException {
    try (InputStream in = BenchCommand.class.getResourceAsStream("/bench/" + workload + ".yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ScenarioLoader.loadString(yaml, workload + ".yaml", List.of("run.jobs=" + jobs))
          .scenario().model();
    } catch (ScenarioException e) {
      throw new IllegalStateException("built-in workload " + workload + " is invalid:\n" + e.getMessage(), e);
    }
  }
}
