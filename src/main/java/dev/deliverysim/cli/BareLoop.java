package dev.deliverysim.cli;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The floor {@code bench} measures beside {@code mm1} and {@code tandem5}: the same network (single
 * servers in series, exponential times, the same generator and samplers as the engine) as the
 * least code can run it — a bare binary heap of {@code double} times and {@code int} payloads
 * with no tie rule, a ring of entry times per station, a sum of sojourn times, and nothing else:
 * no statistics, no job records, no routing, no scenario. What the engine costs beyond this is
 * what its generality and its statistics cost.
 */
final class BareLoop {
  private static final int ARRIVAL = -1;

  private final int stations;
  private final double arrivalRate;
  private double[] times = new double[16];
  private int[] payloads = new int[16];
  private int size;
  /** The sum of sojourn times: returned, so that the JIT cannot drop the work. */
  private double sojournSum;

  /** {@code stations} single-server stations in series, service mean 1, Poisson arrivals at {@code arrivalRate}. */
  BareLoop(int stations, double arrivalRate) {
    this.stations = stations;
    this.arrivalRate = arrivalRate;
  }

  /** The floor of a bench workload, or null when it has none (M/M/5's several servers). */
  static BareLoop of(String workload) {
    return switch (workload) {
      case "mm1" -> new BareLoop(1, 0.9);
      case "tandem5" -> new BareLoop(5, 0.8);
      default -> null;
    };
  }

  /** Runs until {@code jobs} jobs have left, from empty and idle; returns the events (arrivals and completions). */
  long run(long jobs, long seed) {
    size = 0;
    sojournSum = 0;
    ContinuousSampler arrivals = ZigguratSampler.Exponential.of(generator(seed, -1), 1 / arrivalRate);
    ContinuousSampler[] service = new ContinuousSampler[stations];
    double[][] waiting = new double[stations][];
    int[] head = new int[stations];
    int[] tail = new int[stations];
    boolean[] busy = new boolean[stations];
    double[] inService = new double[stations];
    for (int s = 0; s < stations; s++) {
      service[s] = ZigguratSampler.Exponential.of(generator(seed, s), 1);
      waiting[s] = new double[64];
    }
    long events = 0;
    long departed = 0;
    push(arrivals.sample(), ARRIVAL);
    while (departed < jobs) {
      double now = times[0];
      int what = pop();
      events++;
      double entered;
      int to;
      if (what == ARRIVAL) {
        push(now + arrivals.sample(), ARRIVAL);
        entered = now;
        to = 0;
      } else {
        entered = inService[what];
        if (head[what] != tail[what]) {
          double[] ring = waiting[what];
          inService[what] = ring[head[what]++ & (ring.length - 1)];
          push(now + service[what].sample(), what);
        } else {
          busy[what] = false;
        }
        to = what + 1;
        if (to == stations) {
          departed++;
          sojournSum += now - entered;
          continue;
        }
      }
      if (!busy[to]) {
        busy[to] = true;
        inService[to] = entered;
        push(now + service[to].sample(), to);
      } else {
        double[] ring = waiting[to];
        if (tail[to] - head[to] == ring.length) {
          ring = waiting[to] = unwrap(ring, head[to], tail[to]);
          tail[to] -= head[to];
          head[to] = 0;
        }
        ring[tail[to]++ & (ring.length - 1)] = entered;
      }
    }
    return events;
  }

  /** The mean sojourn of the last run, to check the floor runs the same network. */
  double meanSojourn(long jobs) {
    return sojournSum / jobs;
  }

  private static UniformRandomProvider generator(long seed, int stream) {
    return new XoShiRo256PlusPlus(new long[] {seed, 0x9E3779B97F4A7C15L * (stream + 2), 42, 7});
  }

  /** A full ring's contents in order, in a ring twice the size. */
  private static double[] unwrap(double[] ring, int head, int tail) {
    double[] bigger = new double[ring.length * 2];
    for (int i = head; i < tail; i++) {
      bigger[i - head] = ring[i & (ring.length - 1)];
    }
    return bigger;
  }

  private void push(double time, int payload) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      payloads = Arrays.copyOf(payloads, size * 2);
    }
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      if (times[parent] <= time) {
        break;
      }
      times[hole] = times[parent];
      payloads[hole] = payloads[parent];
      hole = parent;
    }
    times[hole] = time;
    payloads[hole] = payload;
  }

  private int pop() {
    int top = payloads[0];
    int end = --size;
    double time = times[end];
    int payload = payloads[end];
    int hole = 0;
    int child;
    while ((child = 2 * hole + 1) < end) {
      if (child + 1 < end && times[child + 1] < times[child]) {
        child++;
      }
      if (time <= times[child]) {
        break;
      }
      times[hole] = times[child];
      payloads[hole] = payloads[child];
      hole = child;
    }
    times[hole] = time;
    payloads[hole] = payload;
    return top;
  }
}
