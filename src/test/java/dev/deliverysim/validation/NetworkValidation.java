package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;

import dev.deliverysim.theory.NetworkMeasures;
import dev.deliverysim.theory.QueueingTheory;
import dev.deliverysim.theory.StationMeasures;
import dev.deliverysim.theory.TandemMeasures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

/**
 * Networks of exponential stations, where product-form results (Burke, Jackson) give every
 * station's measures, checked station by station and end to end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkValidation {
  private static final double TOL = 0.03;

  /**
   * Burke's theorem: an M/M/1 station fed by Poisson(λ) sends out Poisson(λ), so each station of
   * the tandem is M/M/1 and the total sojourn is Σ 1/(μ_i − λ) (GSTH §4.1).
   */
  @Test
  @Order(1)
  void tandemOfThreeMm1StationsMatchesBurke() {
    TandemMeasures theory = QueueingTheory.mm1Tandem(0.8, 1.0, 1.25, 1.6);
    SimulatedScenario sim = SimulatedScenario.run("Tandem of 3 M/M/1", "tandem3.yaml");
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> sim.assertAgrees("sojourn_mean", theory.totalSojourn(), TOL));
    double totalWait = 0;
    double totalNumber = 0;
    for (int i = 0; i < 3; i++) {
      StationMeasures s = theory.stations().get(i);
      String at = "@s" + (i + 1);
      checks.add(() -> sim.assertAgrees("utilisation" + at, s.utilisation(), TOL));
      checks.add(() -> sim.assertAgrees("wait_mean" + at, s.meanWait(), TOL));
      checks.add(() -> sim.assertAgrees("time_in_station_mean" + at, s.meanSojourn(), TOL));
      totalWait += s.meanWait();
      totalNumber += s.meanNumberInSystem();
    }
    double wait = totalWait;
    double number = totalNumber;
    checks.add(() -> sim.assertAgrees("wait_mean", wait, TOL));
    checks.add(() -> sim.assertAgrees("wip_mean", number, TOL));
    assertAll(checks);
  }

  /**
   * Open Jackson network with rework: traffic equations λ = γ + λP, each station an M/M/c_i at
   * its λ_i (product form), W = ΣL_i/γ by Little's law (Jackson 1957; GSTH §4.2). The network
   * is dev (3 servers, 1.2 h) → review (2, 0.8 h) → 30% back to dev, else qa (2, 1.2 h) → 20%
   * back to dev, else done; γ = 1/h, so λ_dev = λ_review = 1/0.56 and λ_qa = 0.7·λ_review.
   * A job's total wait is Σ v_i·Wq_i with v_i its mean visits to station i.
   */
  @Test
  @Order(2)
  void jacksonNetworkWithReworkMatchesProductForm() {
    double[][] routing = {
        {0, 1, 0},
        {0.3, 0, 0.7},
        {0.2, 0, 0}};
    NetworkMeasures theory = QueueingTheory.jackson(new double[] {1, 0, 0}, routing,
        new int[] {3, 2, 2}, new double[] {1 / 1.2, 1 / 0.8, 1 / 1.2});
    SimulatedScenario sim =
        SimulatedScenario.run("Jackson network with rework", "jackson-rework.yaml");
    String[] names = {"dev", "review", "qa"};
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> sim.assertAgrees("sojourn_mean", theory.meanSojourn(), TOL));
    checks.add(() -> sim.assertAgrees("wip_mean", theory.meanNumberInSystem(), TOL));
    checks.add(() -> sim.assertAgrees("throughput", theory.throughput(), TOL));
    double totalWait = 0;
    for (int i = 0; i < names.length; i++) {
      StationMeasures s = theory.stations().get(i);
      String at = "@" + names[i];
      double lambda = theory.arrivalRates()[i];
      checks.add(() -> sim.assertAgrees("throughput" + at, lambda, TOL));
      checks.add(() -> sim.assertAgrees("utilisation" + at, s.utilisation(), TOL));
      checks.add(() -> sim.assertAgrees("wait_mean" + at, s.meanWait(), TOL));
      checks.add(() -> sim.assertAgrees("queue_length_mean" + at, s.meanNumberInQueue(), TOL));
      totalWait += theory.meanVisits()[i] * s.meanWait();
    }
    double wait = totalWait;
    checks.add(() -> sim.assertAgrees("wait_mean", wait, TOL));
    assertAll(checks);
  }

  /**
   * One M/M/1 step redone with probability p = 0.2: passes are geometric with mean 1/(1 − p)
   * (GSTH §4.2, single-node feedback), so the station sees λ/(1 − p) = 0.75/h and, by product form,
   * behaves per pass as M/M/1 at that rate; a job's sojourn is the mean visits times W.
   */
  @Test
  @Order(3)
  void selfReworkLoopMatchesGeometricVisits() {
    double visits = QueueingTheory.meanVisitsWithRework(0.2);
    NetworkMeasures theory = QueueingTheory.jackson(new double[] {0.6}, new double[][] {{0.2}},
        new int[] {1}, new double[] {1});
    StationMeasures perPass = theory.stations().get(0);
    SimulatedScenario sim =
        SimulatedScenario.run("M/M/1 with rework p = 0.2", "mm1-self-rework.yaml");
    assertAll(
        () -> sim.assertAgrees("throughput@work", 0.6 * visits, TOL),
        () -> sim.assertAgrees("throughput", 0.6, TOL),
        () -> sim.assertAgrees("utilisation@work", perPass.utilisation(), TOL),
        () -> sim.assertAgrees("wait_mean@work", perPass.meanWait(), TOL),
        () -> sim.assertAgrees("sojourn_mean", visits * perPass.meanSojourn(), TOL));
  }
}
