package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.deliverysim.model.Dimension;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.Place;
import org.junit.jupiter.api.Test;

/** Labels with units, percentages for shares, and numbers without rounding residue. */
class MetricWordsTest {
  private static MetricKey key(String name, Place place, Dimension dimension, String unit) {
    return new MetricKey(name, place, dimension, unit);
  }

  @Test
  void knownMetricsReadAsALeaderSaysThemWithTheirUnit() {
    assertEquals("features delivered a week", MetricWords.label(key("features_delivered", Place.SYSTEM, Dimension.RATE, "1/w")));
    assertEquals("cycle time, p85 (weeks)", MetricWords.label(key("cycle_time_p85", Place.SYSTEM, Dimension.TIME, "w")));
    assertEquals("time in review, median (days)", MetricWords.label(key("review_time_p50", Place.SYSTEM, Dimension.TIME, "d")));
    assertEquals("failed deployments (%)", MetricWords.label(key("deployment_failure_rate", Place.SYSTEM, Dimension.FRACTION, "1")));
    assertEquals("seniors' hours coding a week per person",
        MetricWords.label(key("hours_coding", Place.team("seniors"), Dimension.PEOPLE_TIME, "h/w")));
    assertEquals("qa's hours testing a week per person",
        MetricWords.label(key("hours_testing", Place.team("qa"), Dimension.PEOPLE_TIME, "h/w")));
    assertEquals("busy at review (%)", MetricWords.label(key("utilisation", Place.station("review"), Dimension.FRACTION, "1")));
    assertEquals("reviews per PR", MetricWords.label(key("reviews_per_pr", Place.SYSTEM, Dimension.FRACTION, "1")));
    assertEquals("wait of gold, mean (hours)", MetricWords.label(key("wait_mean", Place.jobClass("gold"), Dimension.TIME, "h")));
  }

  @Test
  void anUnknownMetricStillGetsWordsAndItsUnit() {
    assertEquals("widgets polished a day", MetricWords.label(key("widgets_polished", Place.SYSTEM, Dimension.RATE, "1/d")));
    assertEquals("gizmo time, p95 (hours)", MetricWords.label(key("gizmo_time_p95", Place.SYSTEM, Dimension.TIME, "h")));
  }

  @Test
  void sharesAreInPercentAndRatiosAreNot() {
    MetricKey share = key("deployment_failure_rate", Place.SYSTEM, Dimension.FRACTION, "1");
    assertEquals("22.5%", MetricWords.cell(0.22461, share));
    assertEquals("+7.46 pts", MetricWords.signed(0.0746, share), "a difference of shares is in points");
    assertEquals("1.87", MetricWords.cell(1.8712, key("reviews_per_pr", Place.SYSTEM, Dimension.FRACTION, "1")));
  }

  @Test
  void roundingResidueIsZeroAndSmallNumbersAreWrittenOut() {
    assertEquals("0", MetricWords.number(-1.07e-15));
    assertEquals("0", MetricWords.signed(-1.07e-15, key("incidents", Place.SYSTEM, Dimension.RATE, "1/w")));
    assertEquals("0.000421", MetricWords.number(0.000421));
    assertEquals("5.32", MetricWords.number(5.3227));
    assertEquals("12,345", MetricWords.number(12345.2));
    assertEquals("–", MetricWords.number(Double.NaN));
    for (double x = -2e-9; x < 2e-9; x += 1e-11) {
      assertFalse(MetricWords.number(x).contains("e"), "no exponent for " + x);
    }
  }
}
