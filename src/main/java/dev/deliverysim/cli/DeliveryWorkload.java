package dev.deliverysim.cli;

import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delivery model's benchmark: the shipped baseline organisation (10 developers who code and
 * review, 2 testers, 4 CI runners, 26 weeks) scaled k-fold in people and runners, read through the
 * user's loader. After half a second of warm-up, replications are timed in batches of about
 * 0.3 s, one thread, by the bench's clock; the median batch is reported per event, per people-week
 * and per replication.
 */
final class DeliveryWorkload {
  static final List<String> NAMES = List.of("delivery-12", "delivery-120", "delivery-1200", "delivery-12000");
  private static final double WEEKS = 26;

  private final String name;
  private final int people;
  private final SimulationModel model;

  private DeliveryWorkload(String name, int scale) throws IOException {
    this.name = name;
    this.people = 12 * scale;
    try (InputStream in = DeliveryWorkload.class.getResourceAsStream("/bench/delivery.yaml")) {
      String yaml = scaleTeams(new String(in.readAllBytes(), StandardCharsets.UTF_8), scale);
      model = ScenarioLoader.loadString(yaml, "delivery.yaml", List.of(
          "delivery.gates[0].machines=" + 4 * scale, "delivery.work.backlog=" + 5000L * scale)).scenario().model();
    } catch (ScenarioException e) {
      throw new IllegalStateException("built-in workload " + name + " is invalid:\n" + e.getMessage(), e);
    }
  }

  /**
   * Each team's headcount times {@code scale}; a team is at most {@value #MOST_PER_TEAM} people (the
   * loader's rule), so a larger one becomes several equal teams of the same skills, named name-1, …
   */
  static String scaleTeams(String yaml, int scale) {
    StringBuilder out = new StringBuilder();
    Matcher team = TEAM.matcher(yaml);
    int found = 0;
    while (team.find()) {
      int people = Integer.parseInt(team.group(3)) * scale;
      int teams = (people + MOST_PER_TEAM - 1) / MOST_PER_TEAM;
      StringBuilder lines = new StringBuilder();
      for (int t = 0; t < teams; t++) {
        String name = teams == 1 ? team.group(2) : team.group(2) + "-" + (t + 1);
        int headcount = people / teams + (t < people % teams ? 1 : 0);
        lines.append(team.group(1)).append("{name: ").append(name).append(", headcount: ").append(headcount)
            .append(team.group(4)).append('\n');
      }
      team.appendReplacement(out, Matcher.quoteReplacement(lines.toString()));
      found++;
    }
    team.appendTail(out);
    if (found != 2) {
      throw new IllegalStateException("bench/delivery.yaml: expected two team lines, found " + found);
    }
    return out.toString();
  }

  private static final int MOST_PER_TEAM = 1000;
  /** A team line of bench/delivery.yaml: indent and dash, name, headcount, the rest of the line. */
  private static final Pattern TEAM =
      Pattern.compile("( *- )\\{name: ([a-z]+), headcount: (\\d+)(,[^\\n]*)\\n");

  static DeliveryWorkload of(String name) throws IOException {
    return new DeliveryWorkload(name, Integer.parseInt(name.substring("delivery-".length())) / 12);
  }

  /** Warms the JIT, then times {@code repeat} batches and prints the median. */
  void run(int repeat, BenchClock clock, PrintWriter out) {
    // warm-up: replications for half a second (at least one), the last one timed to size a batch
    double one = 0;
    long warmStart = clock.nanos();
    for (int i = 0; i == 0 || clock.nanos() - warmStart < 500_000_000L; i++) {
      long t0 = clock.nanos();
      model.replicate(1, i);
      one = (clock.nanos() - t0) / 1e9;
    }
    int batch = (int) Math.max(1, Math.min(10_000, Math.ceil(0.3 / Math.max(one, 1e-6))));
    double[] seconds = new double[repeat];
    long events = 0;
    for (int r = 0; r < repeat; r++) {
      events = 0;
      long start = clock.nanos();
      for (int i = 0; i < batch; i++) {
        ReplicationResult result = model.replicate(1, r * batch + i);
        events += result.events();
      }
      seconds[r] = (clock.nanos() - start) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[repeat / 2];
    out.printf(Locale.ROOT, "%-14s %,14d %10.3f %10.1f %,14.0f %,12.1f%n", name, events, median,
        median * 1e9 / events, people * WEEKS * batch / median, batch / median);
    out.flush();
  }

  static void header(PrintWriter out, int repeat, BenchClock clock) {
    out.printf(Locale.ROOT, "%n%-14s %14s %10s %10s %14s %12s   (median of %d batches, 1 thread, %s)%n",
        "workload", "events", clock.label(), "ns/event", "people-weeks/s", "replications/s", repeat,
        clock.description());
  }
}
