package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.model.StopRule;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** Replications of one organisation, averaged, and compared with theory within a relative tolerance. */
final class Averages {
  private Averages() {}

  static List<Reported> replicate(DeliveryDef def, StopRule stop, long seed, int replications) {
    return IntStream.range(0, replications).mapToObj(i -> Reported.of(def, stop, seed, i)).toList();
  }

  static double mean(List<Reported> runs, ToDoubleFunction<Reported> metric) {
    return runs.stream().mapToDouble(metric).average().orElseThrow();
  }

  static void near(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, relative * Math.abs(expected), what + ": theory " + expected + ", simulated " + actual);
  }
}
