package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Goldratt's theory of constraints (<i>The Goal</i>, 1984) says a system produces at the pace of
 * its one constraint, so capacity added anywhere else changes nothing. This checks the
 * facilitator's demo {@code scenarios/ux-dev-qa.yaml}, a saturated ux → dev → qa line with
 * kanban limits, as shipped (its own seed and replications) with 2, 3 and 4 developers: the
 * third developer lifts throughput and moves the constraint to QA; the fourth adds nothing.
 *
 * <p>Capacity arithmetic (a week is 5 × 8 h = 40 h; capacity = servers × 40 h ÷ mean service):
 * ux 2 × 40/8 = 10/w; dev n × 40/16 = 2.5n/w, so 5, 7.5 and 10/w; qa 1 × 40/6.4 = 6.25/w. A line
 * goes no faster than its slowest station: min = 5/w with 2 developers (dev), 6.25/w with 3 and
 * with 4 (qa). The constraint loses a little time when it is starved or blocked, so the simulated
 * throughput sits just below that bound; the buffers keep the shortfall under 5%.
 */
class BottleneckDemoValidation {
  private static final Path SCENARIO = Path.of("scenarios", "ux-dev-qa.yaml");
  private static final List<String> STATIONS = List.of("ux", "dev", "qa");
  private static final double HOURS_PER_WEEK = 40;

  private static Summary twoDevelopers;
  private static Summary threeDevelopers;
  private static Summary fourDevelopers;

  @BeforeAll
  static void runTheThreeVariantsOfTheDemo() throws ScenarioException {
    twoDevelopers = run(2);
    threeDevelopers = run(3);
    fourDevelopers = run(4);
  }

  @Test
  void withTwoDevelopersDevIsTheMostUtilisedStationAndSetsThroughput() {
    assertAll(
        () -> assertEquals("dev", mostUtilised(twoDevelopers), utilisations(twoDevelopers)),
        () -> assertSaturated(twoDevelopers, "dev"),
        () -> assertNearCapacityBound(twoDevelopers, capacityBound(2), "dev: 2 × 2.5/w"));
  }

  @Test
  void aThirdDeveloperRaisesThroughputClearlyAndMovesTheConstraintToQa() {
    MetricSummary two = twoDevelopers.get("throughput");
    MetricSummary three = threeDevelopers.get("throughput");
    assertAll(
        () -> assertTrue(two.ci95High() < three.ci95Low(),
            "95% CIs should not overlap: 2 devs " + ci(two) + ", 3 devs " + ci(three)),
        () -> assertTrue(three.mean() >= 1.15 * two.mean(), String.format(Locale.ROOT,
            "3 devs should deliver ≥ 15%% more: %.4f vs %.4f/w (+%.1f%%)",
            three.mean(), two.mean(), 100 * (three.mean() / two.mean() - 1))),
        () -> assertEquals("qa", mostUtilised(threeDevelopers), utilisations(threeDevelopers)),
        () -> assertSaturated(threeDevelopers, "qa"),
        () -> assertNearCapacityBound(threeDevelopers, capacityBound(3), "qa: 1 × 6.25/w"));
  }

  @Test
  void aFourthDeveloperLeavesThroughputUnchangedBecauseQaIsTheConstraint() {
    MetricSummary three = threeDevelopers.get("throughput");
    MetricSummary four = fourDevelopers.get("throughput");
    double relativeChange = Math.abs(four.mean() - three.mean()) / three.mean();
    assertAll(
        () -> assertTrue(relativeChange < 0.03, String.format(Locale.ROOT,
            "4 devs should deliver within 3%% of 3: %.4f vs %.4f/w (%.1f%%)",
            four.mean(), three.mean(), 100 * relativeChange)),
        () -> assertTrue(four.ci95Low() <= three.ci95High() && three.ci95Low() <= four.ci95High(),
            "95% CIs should overlap: 3 devs " + ci(three) + ", 4 devs " + ci(four)),
        () -> assertEquals("qa", mostUtilised(fourDevelopers), utilisations(fourDevelopers)),
        () -> assertNearCapacityBound(fourDevelopers, capacityBound(4), "qa: 1 × 6.25/w"));
  }

  private static Summary run(int developers) throws ScenarioException {
    Scenario scenario = ScenarioLoader.load(SCENARIO, List.of("stations[1].servers=" + developers))
        .scenario();
    SimulationModel model = scenario.model();
    return Summary.of(model.catalog(), new ReplicationRunner(SimulatedScenario.THREADS)
        .run(model, scenario.seed(), 0, scenario.replications(), n -> { }));
  }

  /** Items per week: the slowest station's servers × 40 h ÷ its mean service time in hours. */
  private static double capacityBound(int developers) {
    double ux = 2 * HOURS_PER_WEEK / 8;
    double dev = developers * HOURS_PER_WEEK / 16;
    double qa = 1 * HOURS_PER_WEEK / 6.4;
    return Math.min(ux, Math.min(dev, qa));
  }

  /** Within 5% below the bound (starving and blocking cost a little), and not above it. */
  private static void assertNearCapacityBound(Summary summary, double bound, String constraint) {
    double throughput = summary.get("throughput").mean();
    assertTrue(throughput >= 0.95 * bound && throughput <= 1.01 * bound, String.format(Locale.ROOT,
        "throughput %.4f/w should be just under the capacity bound %.4f/w (%s)",
        throughput, bound, constraint));
  }

  private static void assertSaturated(Summary summary, String station) {
    double utilisation = summary.get("utilisation@" + station).mean();
    assertTrue(utilisation >= 0.97,
        () -> "the constraint " + station + " should be ~100% busy, was " + utilisation);
  }

  private static String mostUtilised(Summary summary) {
    return STATIONS.stream()
        .max(Comparator.comparingDouble(s -> summary.get("utilisation@" + s).mean()))
        .orElseThrow();
  }

  private static String utilisations(Summary summary) {
    StringBuilder text = new StringBuilder("utilisation:");
    for (String station : STATIONS) {
      text.append(String.format(Locale.ROOT, " %s=%.4f", station,
          summary.get("utilisation@" + station).mean()));
    }
    return text.toString();
  }

  private static String ci(MetricSummary m) {
    return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", m.mean(), m.ci95Low(), m.ci95High());
  }
}
