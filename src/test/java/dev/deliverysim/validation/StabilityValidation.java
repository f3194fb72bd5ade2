package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;

import dev.deliverysim.model.StationLoad;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.theory.QueueingTheory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The stability check made when a scenario loads, before any replication runs: a station with
 * offered load ρ ≥ 1 per server and unlimited room has no steady state and must be flagged, while
 * a finite room keeps any load stable. Nothing here simulates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StabilityValidation {

  /**
   * Rework pushes a station over the edge: external λ = 1.8/h on 2 servers of mean 1 h is load
   * 0.9, but 20% of passes are redone, so the traffic equations λ = γ + λP give 2.25/h, load 1.125.
   */
  @Test
  @Order(1)
  void stationSaturatedByReworkIsFlaggedBeforeRunning() {
    String caseName = "Saturated by rework";
    LoadedScenario loaded = SimulatedScenario.load("unstable-rework.yaml", List.of());
    double[] lambda = QueueingTheory.trafficEquations(new double[] {1.8, 0},
        new double[][] {{0.2, 0.8}, {0, 0}});
    assertAll(
        () -> assertFlagged(caseName, loaded, true),
        () -> assertWarns(caseName, loaded, "build", true),
        () -> assertWarns(caseName, loaded, "ship", false),
        () -> assertOfferedLoad(caseName, loaded, "build", lambda[0] * 1.0 / 2),
        () -> assertOfferedLoad(caseName, loaded, "ship", lambda[1] * 0.2));
  }

  /** ρ = 1 exactly is unstable too (the M/M/1 queue is null-recurrent); set through an override. */
  @Test
  @Order(2)
  void loadOfExactlyOneIsFlagged() {
    String caseName = "M/M/1 at ρ = 1 (--set)";
    LoadedScenario loaded =
        SimulatedScenario.load("mm1-load05.yaml", List.of("job_classes[0].arrivals.rate=1"));
    assertAll(
        () -> assertFlagged(caseName, loaded, true),
        () -> assertWarns(caseName, loaded, "server", true));
  }

  /** M/M/1/K is stable at any load (GSTH §2.5): offered load 1.2 is reported but not flagged. */
  @Test
  @Order(3)
  void overloadedLossyStationIsNotFlagged() {
    String caseName = "M/M/1/5, offered load 1.2";
    LoadedScenario loaded = SimulatedScenario.load("mm1k-overloaded.yaml", List.of());
    assertAll(
        () -> assertFlagged(caseName, loaded, false),
        () -> assertWarns(caseName, loaded, "server", false),
        () -> assertOfferedLoad(caseName, loaded, "server", 1.2));
  }

  /**
   * A full station that blocks its upstream cannot lose work: with ρ = 1.2 at b the excess backs
   * up into a (unlimited room), so the network has no steady state even though a's own ρ is 0.5.
   */
  @Test
  @Order(4)
  void overloadedBlockingStationIsFlaggedBecauseItsUpstreamGrows() {
    String caseName = "Blocking station at offered load 1.2";
    LoadedScenario loaded = SimulatedScenario.load("blocking-overloaded.yaml", List.of());
    assertAll(
        () -> assertFlagged(caseName, loaded, true),
        () -> assertWarns(caseName, loaded, "b", true),
        () -> assertOfferedLoad(caseName, loaded, "b", 1.2));
  }

  /**
   * The same overloaded blocking station, but fed by a finite station that turns outside arrivals
   * away when full: the back-pressure ends in losses, not in a growing queue, so no flag.
   */
  @Test
  @Order(5)
  void overloadedBlockingStationBehindALossyEntryIsNotFlagged() {
    String caseName = "Blocking station behind a finite, lossy entry";
    LoadedScenario loaded = SimulatedScenario.load("blocking-into-lossy-entry.yaml", List.of());
    assertAll(
        () -> assertFlagged(caseName, loaded, false),
        () -> assertWarns(caseName, loaded, "b", false),
        () -> assertOfferedLoad(caseName, loaded, "b", 1.2));
  }

  /** Jackson traffic equations λ = γ + λP of the rework network (GSTH §4.2); ρ_i = λ_i/(c_iμ_i). */
  @Test
  @Order(6)
  void stableNetworkLoadsMatchTrafficEquations() {
    String caseName = "Jackson network with rework";
    LoadedScenario loaded = SimulatedScenario.load("jackson-rework.yaml", List.of());
    double[] lambda = QueueingTheory.trafficEquations(new double[] {1, 0, 0},
        new double[][] {{0, 1, 0}, {0.3, 0, 0.7}, {0.2, 0, 0}});
    assertAll(
        () -> assertFlagged(caseName, loaded, false),
        () -> assertOfferedLoad(caseName, loaded, "dev", lambda[0] * 1.2 / 3),
        () -> assertOfferedLoad(caseName, loaded, "review", lambda[1] * 0.8 / 2),
        () -> assertOfferedLoad(caseName, loaded, "qa", lambda[2] * 1.2 / 2));
  }

  private static void assertFlagged(String caseName, LoadedScenario loaded, boolean flagged) {
    boolean steady = loaded.scenario().steadyState();
    Agreement.assertHolds(caseName, "steadyState() is " + !flagged, "steadyState() is " + steady,
        steady == !flagged);
  }

  private static void assertWarns(String caseName, LoadedScenario loaded, String station,
      boolean expected) {
    // Path and message only: the file position would put a local path into the report.
    List<String> naming = loaded.warnings().stream()
        .map(w -> w.path() + ": " + w.message())
        .filter(w -> w.contains("station '" + station + "'"))
        .collect(Collectors.toList());
    String statement = (expected ? "a" : "no") + " warning names station '" + station + "'";
    String observed = naming.isEmpty()
        ? loaded.warnings().size() + " warning(s), none naming '" + station + "'"
        : String.join("; ", naming);
    Agreement.assertHolds(caseName, statement, observed, naming.isEmpty() != expected);
  }

  /** Exact up to rounding: the loader's traffic analysis and the theory solve the same system. */
  private static void assertOfferedLoad(String caseName, LoadedScenario loaded, String station,
      double theory) {
    StationLoad load = loaded.scenario().loads().stream()
        .filter(l -> l.station().equals(station))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no load reported for station " + station));
    Agreement.assertHolds(caseName,
        String.format(Locale.ROOT, "offered load at %s = %.4f (traffic equations)", station,
            theory),
        String.format(Locale.ROOT, "%.4f", load.offeredLoad()),
        Math.abs(load.offeredLoad() - theory) <= 1e-9 * Math.max(1, theory));
  }
}
