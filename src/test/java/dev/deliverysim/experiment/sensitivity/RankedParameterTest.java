package dev.deliverysim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking orders by the largest |relative change|, skipped variants last, ties in document order. */
class RankedParameterTest {
  private static final MetricKey KEY = MetricKey.system("throughput", Dimension.RATE);

  private static Effect effect(NumericParameter p, double change, double relative) {
    return Effect.measured(p, change, "x", new MetricDifference(KEY, 5, 1, 1 + relative, relative,
        relative - 0.01, relative + 0.01, relative, relative - 0.01, relative + 0.01));
  }

  @Test
  void ranksByTheLargestAbsoluteRelativeChange() {
    NumericParameter a = new NumericParameter("a", "1", false, 1, "");
    NumericParameter b = new NumericParameter("b", "1", false, 1, "");
    NumericParameter c = new NumericParameter("c", "1", false, 1, "");
    NumericParameter d = new NumericParameter("d", "1", false, 1, "");
    List<RankedParameter> ranked = RankedParameter.rank(List.of(a, b, c, d), List.of(
        effect(a, -0.1, 0.02), effect(a, 0.1, -0.03),
        Effect.skipped(b, 0.1, "2", "stations[0].servers: too many"),
        effect(c, -0.1, -0.4), effect(c, 0.1, 0.1),
        effect(d, 0.1, 0.03)));
    assertEquals(List.of("c", "a", "d", "b"), ranked.stream().map(r -> r.parameter().path()).toList());
    assertEquals(List.of(1, 2, 3, 4), ranked.stream().map(RankedParameter::rank).toList());
  }
}
