package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;

import dev.deliverysim.theory.QueueingTheory;
import org.junit.jupiter.api.Test;

/** Two job classes sharing one server under non-preemptive priority, against Cobham's formula. */
class PriorityValidation {
  private static final double TOL = 0.03;

  /**
   * Cobham (1954), non-preemptive priority M/G/1: Wq_k = W0/((1 − σ_{k−1})(1 − σ_k)) with
   * W0 = Σ λ_i E[S_i²]/2 and σ_k the load of classes 1..k (GSTH §3.4). Gold (λ = 0.4/h, mean
   * 0.5 h) goes first, silver (λ = 0.6/h, mean 1 h) second; exponential, so E[S²] = 2E[S]². The
   * network-wide wait is the throughput-weighted mix of the two.
   */
  @Test
  void nonPreemptivePriorityWaitsMatchCobham() {
    double[] lambda = {0.4, 0.6};
    double[] meanService = {0.5, 1.0};
    double[] secondMoment = {
        QueueingTheory.exponentialSecondMoment(2.0), QueueingTheory.exponentialSecondMoment(1.0)};
    double[] waits = QueueingTheory.priorityWaits(lambda, meanService, secondMoment);
    double mixedWait = (lambda[0] * waits[0] + lambda[1] * waits[1]) / (lambda[0] + lambda[1]);
    SimulatedScenario sim =
        SimulatedScenario.run("Priority M/M/1, 2 classes", "priority-two-class.yaml");
    assertAll(
        () -> sim.assertAgrees("wait_mean#gold", waits[0], TOL),
        () -> sim.assertAgrees("wait_mean#silver", waits[1], TOL),
        () -> sim.assertAgrees("sojourn_mean#gold", waits[0] + meanService[0], TOL),
        () -> sim.assertAgrees("sojourn_mean#silver", waits[1] + meanService[1], TOL),
        () -> sim.assertAgrees("throughput#gold", lambda[0], TOL),
        () -> sim.assertAgrees("throughput#silver", lambda[1], TOL),
        () -> sim.assertAgrees("wait_mean", mixedWait, TOL),
        () -> sim.assertAgrees("utilisation@server",
            lambda[0] * meanService[0] + lambda[1] * meanService[1], TOL));
  }
}
