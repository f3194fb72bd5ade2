package dev.deliverysim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times deliverysim and SSJ 3.3.1 side by side on the {@code deliverysim bench} workloads, in one
 * JVM, so their ratio does not depend on the machine or on a second run. See docs/benchmarks.md.
 *
 * <p>Per workload: both are warmed up (JIT) with three short runs each, then {@code --repeat}
 * pairs are timed. The order inside a pair alternates (deliverysim first, then SSJ first, ...) so
 * that drift in the JVM or the machine falls on both sides alike; the heap is collected before
 * every timed run so neither pays for the other's garbage. Printed: events, median ns/event of
 * each, and the median over pairs of SSJ's ns/event divided by deliverysim's. Each side's mean
 * sojourn (averaged over its timed runs) is printed next to queueing theory as a sanity check.
 *
 * <p>Run: {@code ./mvnw -B -Pssj test-compile exec:java
 * -Dexec.mainClass=dev.deliverysim.bench.SsjComparison [-Dexec.args="--repeat 7"]}.
 * Options: {@code --repeat N} (5), {@code --jobs N} (10^6), {@code --workload mm1,mm5,tandem5}.
 */
public final class SsjComparison {
  private static final int WARMUP_RUNS = 3;
  /** Beyond this relative gap from theory a mean sojourn is flagged; 10^6 jobs land within ~3%. */
  private static final double SANITY_TOLERANCE = 0.05;

  private SsjComparison() {}

  public static void main(String[] args) {
    int repeat = 5;
    long jobs = 1_000_000;
    List<Workload> workloads = List.of(Workload.values());
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--repeat" -> { repeat = Integer.parseInt(value); i++; }
        case "--jobs" -> { jobs = Long.parseLong(value); i++; }
        case "--workload" -> { workloads = Arrays.stream(value.split(",")).map(Workload::parse).toList(); i++; }
        default -> throw new IllegalArgumentException(
            "unknown argument '" + args[i] + "'; expected --repeat N, --jobs N, --workload mm1,mm5,tandem5");
      }
    }
    if (repeat < 1 || jobs < 1000) {
      throw new IllegalArgumentException("expected --repeat ≥ 1 and --jobs ≥ 1000");
    }

    System.out.printf(Locale.ROOT, "deliverysim vs SSJ 3.3.1: %,d jobs per run, %d alternating pairs per workload,"
        + " 1 thread, Java %s (%s), %d CPUs%n%n", jobs, repeat, System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
    List<String> summary = new ArrayList<>();
    for (Workload w : workloads) {
      summary.add(compare(w, jobs, repeat));
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-8s %12s %12s %14s %10s %12s   %s%n", "workload", "events ds", "events SSJ",
        "ds ns/event", "SSJ ns/ev", "SSJ/ds", "(medians)");
    summary.forEach(System.out::println);
  }

  /** Warms up and times one workload; prints the pairs and the sanity check, returns the summary line. */
  private static String compare(Workload w, long jobs, int repeat) {
    DeliverysimSide ds = new DeliverysimSide(w, jobs);
    DeliverysimSide dsWarmup = new DeliverysimSide(w, Math.max(1000, jobs / 5));
    for (int i = 0; i < WARMUP_RUNS; i++) {
      dsWarmup.run(i);
      new SsjNetwork(w, Math.max(1000, jobs / 5)).run();
    }

    System.out.printf(Locale.ROOT, "%s (λ=%s, %d station(s) × %d server(s), μ=1)%n", w.yamlName(), w.lambda,
        w.stations, w.servers);
    Measurement[] d = new Measurement[repeat];
    Measurement[] s = new Measurement[repeat];
    double[] ratios = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      if (i % 2 == 0) {
        d[i] = timedDeliverysim(ds, i);
        s[i] = timedSsj(w, jobs);
      } else {
        s[i] = timedSsj(w, jobs);
        d[i] = timedDeliverysim(ds, i);
      }
      ratios[i] = s[i].nsPerEvent() / d[i].nsPerEvent();
      System.out.printf(Locale.ROOT, "  pair %d (%s first): deliverysim %6.1f ns/event, SSJ %6.1f ns/event, ratio %5.2f%n",
          i + 1, i % 2 == 0 ? "deliverysim" : "SSJ", d[i].nsPerEvent(), s[i].nsPerEvent(), ratios[i]);
    }

    double theory = w.theorySojourn();
    double dsSojourn = Arrays.stream(d).mapToDouble(Measurement::meanSojourn).average().orElseThrow();
    double ssjSojourn = Arrays.stream(s).mapToDouble(Measurement::meanSojourn).average().orElseThrow();
    System.out.printf(Locale.ROOT, "  mean sojourn: theory %.3f, deliverysim %.3f (%s), SSJ %.3f (%s)%n",
        theory, dsSojourn, verdict(dsSojourn, theory), ssjSojourn, verdict(ssjSojourn, theory));

    double dsMedian = median(Arrays.stream(d).mapToDouble(Measurement::nsPerEvent).toArray());
    double ssjMedian = median(Arrays.stream(s).mapToDouble(Measurement::nsPerEvent).toArray());
    return String.format(Locale.ROOT, "%-8s %,12d %,12d %14.1f %10.1f %12.2f", w.yamlName(), d[0].events(),
        s[0].events(), dsMedian, ssjMedian, median(ratios));
  }

  private static Measurement timedDeliverysim(DeliverysimSide ds, int replication) {
    System.gc();
    return ds.run(replication);
  }

  private static Measurement timedSsj(Workload w, long jobs) {
    SsjNetwork network = new SsjNetwork(w, jobs);
    System.gc();
    return network.run();
  }

  private static String verdict(double measured, double theory) {
    double gap = (measured - theory) / theory;
    return String.format(Locale.ROOT, "%+.1f%%%s", 100 * gap, Math.abs(gap) <= SANITY_TOLERANCE ? "" : " OFF");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
