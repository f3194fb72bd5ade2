package dev.deliverysim.cli;

import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
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
 * (JIT), then timed {@code --repeat} times on one thread; the median is printed, beside that of a
 * bare loop running the same network ({@link BareLoop}, the floor), timed alternately with it.
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

  @Option(names = "--cpu-time",
      description = "Time by the bench thread's CPU time, not the wall clock: steadier on a machine other work"
          + " shares (waiting for a core is left out, and so are the garbage collector's pauses and threads, which"
          + " favours a build that allocates more; cache and memory contention are not left out).")
  boolean cpuTime;

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
      List<String> args = new java.util.ArrayList<>(List.of("--workload", String.join(",", workloads),
          "--repeat", Integer.toString(repeat), "--jobs", Long.toString(jobs)));
      if (cpuTime) {
        args.add("--cpu-time"); // the other build must know it
      }
      return new BenchCompare(compare, args, pairs).run(workloads, out, err);
    }
    BenchClock clock = cpuTime ? BenchClock.CPU : BenchClock.WALL;
    if (cpuTime && !BenchClock.cpuTimeAvailable()) {
      err.println("deliverysim bench: --cpu-time: this JVM does not measure a thread's CPU time"
          + " (ThreadMXBean); leave the option out to time by the wall clock");
      return ExitCodes.BAD_INPUT;
    }
    if (workloads.stream().anyMatch(WORKLOADS::contains)) {
      out.printf(Locale.ROOT, "%-8s %12s %10s %10s %14s %12s %8s   (median of %d runs, 1 thread, %s, Java %s)%n",
          "workload", "events", clock.label(), "ns/event", "events/s", "floor ns/ev", "÷ floor", repeat,
          clock.description(), System.getProperty("java.version"));
    }
    for (String w : workloads) {
      if (DeliveryWorkload.NAMES.contains(w)) {
        continue;
      }
      SimulationModel model = load(w, jobs);
      SimulationModel warmup = load(w, Math.max(1000, jobs / 5));
      BareLoop floor = BareLoop.of(w);
      for (int i = 0; i < 3; i++) {
        warmup.replicate(1, i);
        if (floor != null) {
          floor.run(Math.max(1000, jobs / 5), i);
        }
      }
      // the model and its floor alternate, so that whatever else loads the machine lands on both
      double[] seconds = new double[repeat];
      double[] floorSeconds = new double[repeat];
      long events = 0;
      long floorEvents = 0;
      for (int i = 0; i < repeat; i++) {
        long t0 = clock.nanos();
        ReplicationResult r = model.replicate(1, i);
        seconds[i] = (clock.nanos() - t0) / 1e9;
        events = r.events();
        if (floor != null) {
          t0 = clock.nanos();
          floorEvents = floor.run(jobs, i);
          floorSeconds[i] = (clock.nanos() - t0) / 1e9;
        }
      }
      double median = median(seconds);
      double nsPerEvent = median * 1e9 / events;
      String floorCells = "%12s %8s".formatted("—", "—");
      if (floor != null) {
        double floorNs = median(floorSeconds) * 1e9 / floorEvents;
        floorCells = String.format(Locale.ROOT, "%12.1f %8.2f", floorNs, nsPerEvent / floorNs);
      }
      out.printf(Locale.ROOT, "%-8s %,12d %10.3f %10.1f %,14.0f %s%n", w, events, median, nsPerEvent,
          events / median, floorCells);
      out.flush();
    }
    List<String> delivery = workloads.stream().filter(DeliveryWorkload.NAMES::contains).toList();
    if (!delivery.isEmpty()) {
      DeliveryWorkload.header(out, repeat, clock);
      for (String w : delivery) {
        DeliveryWorkload.of(w).run(repeat, clock, out);
      }
    }
    return ExitCodes.OK;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
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
