package dev.deliverysim.experiment.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Money from a replication's metrics, checked against arithmetic done by hand. */
class MoneyTest {
  private static final String TEAM = """
      name: priced
      units: {hours_per_day: 8, days_per_week: 5, output_unit: w}
      run: {horizon: 8w, replications: 2}
      delivery:
        work:
          features: {rate: 2/w}
          task_effort: {lognormal: {median: 1d, p90: 4d}}
        teams:
          - {name: devs, headcount: 4, skills: [code, review]}
          - {name: qa, headcount: 1, skills: [test]}
        gates:
          - {name: ci, machines: 2, duration: {fixed: 20m}, detection: 0.5}
          - {name: qa, duration: {fixed: 1h}, detection: 0.5}
        incidents: {restore: {fixed: 2h}}
      """;

  private static Scenario scenario(String yaml) throws Exception {
    return ScenarioLoader.loadString(yaml, "priced.yaml", List.of()).scenario();
  }

  /** A replication whose metrics are all 0 except those given (in the output unit, weeks). */
  private static ReplicationResult replication(MetricCatalog catalog, Map<String, Double> values) {
    double[] row = new double[catalog.size()];
    values.forEach((label, v) -> row[catalog.indexOf(label)] = v);
    return new ReplicationResult(0, row, 0);
  }

  private static Map<String, Double> amounts(Scenario s, Map<String, Double> metrics) {
    MetricCatalog catalog = s.model().catalog();
    Money.Priced priced = Money.of(s, catalog, List.of(replication(catalog, metrics)));
    Map<String, Double> byName = new java.util.LinkedHashMap<>();
    for (int i = 0; i < priced.catalog().size(); i++) {
      byName.put(priced.catalog().keys().get(i).name(), priced.replications().get(0).value(i));
    }
    return byName;
  }

  @Test
  void pricesAQuarterOfAReplicationAsDoneByHand() throws Exception {
    Scenario s = scenario(TEAM + """
        costs:
          currency: USD
          person_hour: {devs: 100, qa: 50}
          ai_seat_per_month: 30
          ai_seats: 4
          ci_minute: 0.01
          incident_downtime_hour: 1000
          value_per_feature: 10000
          delay_per_feature_week: 500
        """);
    // 2 features a week, each 1.5 weeks from arrival to delivery; CI's 2 machines a quarter busy;
    // half an incident a week, each down 0.1 week (4 h)
    Map<String, Double> m = amounts(s, Map.of("features_delivered", 2.0, "lead_time_mean", 1.5,
        "cycle_time_mean", 0.5, "utilisation@ci", 0.25, "incidents", 0.5, "time_to_restore_mean", 0.1));
    // a quarter is 13 weeks of 40 h = 520 h
    assertEquals(520 * (4 * 100 + 50), m.get("people_cost"), 1e-6);            // 234,000
    assertEquals(4 * 30 * 3, m.get("ai_seat_cost"), 1e-6);                   // 3 months of 4 seats
    assertEquals(0.01 * 60 * 0.25 * 2 * 520, m.get("ci_cost"), 1e-6);        // 15,600 machine-minutes
    assertEquals(1000 * 0.5 * 4 * 13, m.get("downtime_cost"), 1e-6);         // 2 h down a week
    assertEquals(500 * 2 * 1.5 * 13, m.get("delay_cost"), 1e-6);             // 3 feature-weeks a week
    double total = 234_000 + 360 + 156 + 26_000 + 19_500;
    assertEquals(total, m.get("total_cost"), 1e-6);
    assertEquals(total / 26, m.get("cost_per_feature"), 1e-6);               // 26 features a quarter
    assertEquals(10_000 * 26, m.get("value_delivered"), 1e-6);
    assertEquals(260_000 - total, m.get("net_value"), 1e-6);
    assertEquals(234_000 + 360 + 156, m.get("spending"), 1e-6);
    assertEquals("USD/quarter", Money.of(s, s.model().catalog(), List.of()).catalog().keys().get(0).unit());
  }

  @Test
  void aBacklogsDelayIsItsCycleTimeNotItsLeadTimeFromTimeZero() throws Exception {
    Scenario s = scenario(TEAM.replace("features: {rate: 2/w}", "backlog: 100") + """
        costs: {person_hour: {devs: 0, qa: 0}, delay_per_feature_week: 500, per: week}
        """);
    Map<String, Double> m = amounts(s, Map.of("features_delivered", 2.0, "lead_time_mean", 9.0,
        "cycle_time_mean", 0.5));
    assertEquals(500 * 2 * 0.5, m.get("delay_cost"), 1e-9);
    assertEquals(0, m.get("value_delivered"), "features not valued are worth nothing");
    assertEquals(-m.get("total_cost"), m.get("net_value"), 1e-9);
  }

  @Test
  void aiSeatsDefaultToEveryoneWhoCodesWhenAiIsOnAndToNoneOtherwise() throws Exception {
    String costs = "costs: {ai_seat_per_month: 30, per: month}\n";
    Scenario withAi = scenario(TEAM.replace("  incidents:", "  ai: {adoption: 0.5}\n  incidents:") + costs);
    assertEquals(4, withAi.costs().aiSeats());
    assertEquals(4 * 30, amounts(withAi, Map.of("features_delivered", 1.0)).get("ai_seat_cost"), 1e-9);
    assertEquals(0, scenario(TEAM + costs).costs().aiSeats());
  }

  @Test
  void noFeatureDeliveredLeavesTheCostPerFeatureUnmeasured() throws Exception {
    Scenario s = scenario(TEAM + "costs: {person_hour: {devs: 100, qa: 50}}\n");
    Map<String, Double> m = amounts(s, Map.of());
    assertTrue(Double.isNaN(m.get("cost_per_feature")));
    assertTrue(m.get("total_cost") > 0, "people are paid while idle");
  }

  @Test
  void aScenarioWithoutCostsCannotBePriced() throws Exception {
    Scenario s = scenario(TEAM);
    assertFalse(Money.priced(s));
    assertThrows(IllegalArgumentException.class, () -> Money.of(s, s.model().catalog(), List.of()));
  }
}
