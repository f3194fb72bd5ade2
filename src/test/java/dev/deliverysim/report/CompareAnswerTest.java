package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.money.PricedComparison;
import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer sentence and the practical threshold, on differences built by hand. */
class CompareAnswerTest {
  private static final OutputUnit UNIT = new OutputUnit("w", 40);
  private static final List<String> HEADLINE =
      List.of("features_delivered", "tasks_coded", "cycle_time_p85", "review_time_mean", "incidents");

  /** A difference from {@code base} to {@code variant} with a relative interval of ± {@code half}. */
  private static MetricDifference diff(String name, Dimension dimension, String unit, double base, double variant,
      double half) {
    double d = variant - base;
    return new MetricDifference(new MetricKey(name, Place.SYSTEM, dimension, unit), 100, base, variant, d,
        d - half * base, d + half * base, d / base, d / base - half, d / base + half);
  }

  @Test
  void aCertainChangeUnderTheThresholdIsNegligibleNotReal() {
    assertEquals(CompareAnswer.Verdict.NEGLIGIBLE,
        CompareAnswer.verdict(diff("features_delivered", Dimension.RATE, "1/w", 4, 4.012, 0.001)));
    assertEquals(CompareAnswer.Verdict.REAL,
        CompareAnswer.verdict(diff("features_delivered", Dimension.RATE, "1/w", 4, 4.1, 0.001)));
    assertEquals(CompareAnswer.Verdict.UNCLEAR,
        CompareAnswer.verdict(diff("features_delivered", Dimension.RATE, "1/w", 4, 4.2, 0.1)));
  }

  @Test
  void leadsWithTheLargestImprovementAndNamesTheWorstDeteriorationAsThePrice() {
    List<MetricDifference> d = List.of(
        diff("features_delivered", Dimension.RATE, "1/w", 6.5, 7.0, 0.005),
        diff("tasks_coded", Dimension.RATE, "1/w", 23, 24.7, 0.005),
        diff("review_time_mean", Dimension.TIME, "w", 0.25, 0.238, 0.005),
        diff("incidents", Dimension.RATE, "1/w", 0.8, 1.16, 0.02),
        diff("hours_review", Dimension.PEOPLE_TIME, "h/w", 3, 5, 0.01));
    String answer = CompareAnswer.answer("baseline", "ai", d, HEADLINE, null, PricedComparison.NONE, UNIT);
    assertTrue(answer.startsWith("ai against baseline: features delivered 6.5 → 7 a week (+7.7%"), answer);
    assertTrue(answer.contains("time in review -4.8%, but incidents +45.0%."), answer);
    assertFalse(answer.contains("tasks coded"), "tasks coded restates features delivered: " + answer);
    assertFalse(answer.contains("hours"), "only headline measures are named: " + answer);
  }

  @Test
  void underADemandCapThroughputIsLeftOutAndTheAnswerSaysWhy() {
    List<MetricDifference> d = List.of(
        diff("features_delivered", Dimension.RATE, "1/w", 4, 4.1, 0.005),
        diff("cycle_time_p85", Dimension.TIME, "w", 1.17, 1.09, 0.01));
    String answer = CompareAnswer.answer("team", "hire", d, HEADLINE, "the work coming in sets throughput (…)",
        PricedComparison.NONE, UNIT);
    assertTrue(answer.startsWith("hire against team: cycle time (p85) 1.17 → 1.09 weeks"), answer);
    assertTrue(answer.endsWith("Features delivered hardly move: the work coming in sets throughput (…)."), answer);
  }

  @Test
  void aTimeUnderOneWeekIsGivenInHours() {
    List<MetricDifference> d = List.of(diff("review_time_mean", Dimension.TIME, "w", 0.25, 0.2, 0.01));
    assertTrue(CompareAnswer.answer("b", "x", d, HEADLINE, null, PricedComparison.NONE, UNIT)
        .startsWith("x against b: time in review 10 → 8 hours (-20.0%"));
  }

  @Test
  void saysSoWhenNothingMovedByTheThreshold() {
    List<MetricDifference> d = List.of(diff("features_delivered", Dimension.RATE, "1/w", 4, 4.01, 0.001));
    assertEquals("x against b: nothing moved by 2% or more.",
        CompareAnswer.answer("b", "x", d, HEADLINE, null, PricedComparison.NONE, UNIT));
  }
}
