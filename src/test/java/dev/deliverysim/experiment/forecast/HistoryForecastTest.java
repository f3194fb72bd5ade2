package dev.deliverysim.experiment.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Monte Carlo from throughput: exact when the past is constant, ordered and seeded otherwise. */
class HistoryForecastTest {
  private static final LocalDate START = LocalDate.of(2026, 12, 1);

  @Test
  void aConstantHistoryGivesAnExactDate() throws Exception {
    HistoryForecast f = new HistoryForecast(new ThroughputHistory(new int[] {5, 5, 5}), 1000, 1);
    int[] weeks = f.weeksToFinish(20, 1, 1);
    assertTrue(Arrays.stream(weeks).allMatch(w -> w == 4));
    List<ForecastRow> rows = rows(weeks, START.plusWeeks(4));
    for (ForecastRow r : rows.stream().filter(r -> r.quantity().equals("completion")).toList()) {
      assertEquals(4, r.value());
      assertEquals(LocalDate.of(2026, 12, 29), r.date());
    }
    assertEquals(1.0, probability(rows));
    assertEquals(0.0, probability(rows(weeks, START.plusWeeks(4).minusDays(1))));
    // a split of exactly 1.5 turns 20 items into 30: six weeks
    assertTrue(Arrays.stream(f.weeksToFinish(20, 1.5, 1.5)).allMatch(w -> w == 6));
    assertTrue(Arrays.stream(f.itemsWithin(3)).allMatch(n -> n == 15));
  }

  @Test
  void withVariabilityThePercentilesAreOrderedAndTheChanceGrowsWithTheTarget() throws Exception {
    HistoryForecast f = new HistoryForecast(new ThroughputHistory(new int[] {0, 2, 3, 5, 8, 9, 1}), 10_000, 42);
    int[] weeks = f.weeksToFinish(40, 1.0, 1.5);
    List<ForecastRow> rows = rows(weeks, null);
    List<LocalDate> dates = rows.stream().filter(r -> r.quantity().equals("completion")).map(ForecastRow::date).toList();
    assertTrue(dates.get(0).isBefore(dates.get(1)) && !dates.get(1).isAfter(dates.get(2)), dates.toString());
    double previous = 0;
    for (int w = 0; w < 40; w++) {
      double p = probability(rows(weeks, START.plusWeeks(w)));
      assertTrue(p >= 0 && p <= 1 && p >= previous, "P(by week " + w + ") = " + p);
      previous = p;
    }
    assertEquals(1.0, previous);
    int[] items = f.itemsWithin(6);
    double[] q = Arrays.stream(CompletionRows.items("history", items, START).toArray(ForecastRow[]::new))
        .mapToDouble(ForecastRow::value).toArray();
    assertTrue(q[0] <= q[1] && q[1] <= q[2], Arrays.toString(q));
  }

  @Test
  void theSameSeedGivesTheSameAnswer() throws Exception {
    ThroughputHistory h = new ThroughputHistory(new int[] {1, 4, 6, 2, 7});
    assertArrayEquals(new HistoryForecast(h, 500, 9).weeksToFinish(30, 1, 2), new HistoryForecast(h, 500, 9).weeksToFinish(30, 1, 2));
    assertTrue(!Arrays.equals(new HistoryForecast(h, 500, 9).weeksToFinish(30, 1, 2),
        new HistoryForecast(h, 500, 10).weeksToFinish(30, 1, 2)));
  }

  @Test
  void nearestRankPercentiles() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, CompletionRows.nearestRank(sorted, 0.50));
    assertEquals(9, CompletionRows.nearestRank(sorted, 0.85));
    assertEquals(10, CompletionRows.nearestRank(sorted, 0.95));
    assertEquals(2, CompletionRows.nearestRank(sorted, 0.15));
  }

  private static List<ForecastRow> rows(int[] weeks, LocalDate target) {
    return CompletionRows.completion("history", Arrays.stream(weeks).asDoubleStream().toArray(), "w",
        w -> START.plusWeeks((long) w), target, null);
  }

  private static double probability(List<ForecastRow> rows) {
    return rows.stream().filter(r -> r.quantity().equals("probability_by_target")).findFirst().orElseThrow().value();
  }
}
