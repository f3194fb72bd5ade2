package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;

import dev.deliverysim.theory.FiniteCapacityMeasures;
import dev.deliverysim.theory.QueueingTheory;
import dev.deliverysim.theory.StationMeasures;
import org.junit.jupiter.api.Test;

/**
 * A finite-capacity station that loses arrivals when full (M/M/1/K), overloaded on purpose: room
 * for K jobs keeps it stable at any offered load, and at ρ = 1.2 one arrival in four is lost.
 */
class FiniteCapacityValidation {
  private static final double TOL = 0.03;

  /**
   * M/M/1/K with K = 5, λ = 1.2/h, μ = 1/h: P_n ∝ ρ^n for n ≤ K, loss probability P_K (PASTA),
   * accepted rate λ(1 − P_K), utilisation 1 − P_0, L = Σ nP_n, W = L/λ_eff (Little),
   * Wq = W − 1/μ (GSTH §2.5).
   */
  @Test
  void mm1kLossProbabilityAndThroughputMatchTheory() {
    FiniteCapacityMeasures theory = QueueingTheory.mm1k(1.2, 1.0, 5);
    StationMeasures station = theory.station();
    SimulatedScenario sim =
        SimulatedScenario.run("M/M/1/5, offered load 1.2", "mm1k-overloaded.yaml");
    assertAll(
        () -> sim.assertAgrees("loss_probability@server", theory.blockingProbability(), TOL),
        () -> sim.assertAgrees("loss_probability", theory.blockingProbability(), TOL),
        () -> sim.assertAgrees("throughput", theory.effectiveThroughput(), TOL),
        () -> sim.assertAgrees("throughput@server", theory.effectiveThroughput(), TOL),
        () -> sim.assertAgrees("utilisation@server", station.utilisation(), TOL),
        () -> sim.assertAgrees("number_in_station_mean@server", station.meanNumberInSystem(), TOL),
        () -> sim.assertAgrees("queue_length_mean@server", station.meanNumberInQueue(), TOL),
        () -> sim.assertAgrees("wait_mean@server", station.meanWait(), TOL),
        () -> sim.assertAgrees("time_in_station_mean@server", station.meanSojourn(), TOL),
        () -> sim.assertAgrees("sojourn_mean", station.meanSojourn(), TOL));
  }
}
