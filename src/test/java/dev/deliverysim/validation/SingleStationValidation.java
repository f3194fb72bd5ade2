package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;

import dev.deliverysim.theory.QueueingTheory;
import dev.deliverysim.theory.StationMeasures;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Single stations with unlimited room (M/M/1, M/M/c, M/D/1, M/G/1) simulated from YAML and
 * compared with their closed forms.
 *
 * <p>Every scenario has μ = 1/h per server (mean service 1 h), so λ in a test is also its load
 * per server. Tolerances grow with the load because the variance of a time average grows like
 * (1 − ρ)⁻⁴ (W. Whitt, "Planning queueing simulations", Management Science 35, 1989); the
 * replication lengths in the YAML files are sized so that each tolerance is at least four
 * standard errors.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleStationValidation {
  static final double MODERATE = 0.03;
  static final double HEAVY = 0.05;

  @Test
  @Order(1)
  void mm1MeasuresMatchTheoryAtLoad05() {
    mm1("M/M/1, ρ = 0.5", "mm1-load05.yaml", 0.5, MODERATE);
  }

  @Test
  @Order(2)
  void mm1MeasuresMatchTheoryAtLoad08() {
    mm1("M/M/1, ρ = 0.8", "mm1-load08.yaml", 0.8, MODERATE);
  }

  @Test
  @Order(3)
  void mm1MeasuresMatchTheoryAtLoad09() {
    mm1("M/M/1, ρ = 0.9", "mm1-load09.yaml", 0.9, HEAVY);
  }

  /** Erlang C, M/M/c: Wq = C(c, λ/μ)/(cμ − λ), W = Wq + 1/μ, Lq = λWq (GSTH §2.3). */
  @Test
  @Order(4)
  void mmcWaitMatchesErlangCWithThreeServersAtLoad08() {
    multiServer("M/M/3, ρ = 0.8", "mm3-load08.yaml", QueueingTheory.mmc(3, 2.4, 1.0), MODERATE);
  }

  /** Erlang C as above with c = 5, λ = 4.5/h: ρ = 0.9, though five servers converge faster. */
  @Test
  @Order(5)
  void mmcWaitMatchesErlangCWithFiveServersAtLoad09() {
    multiServer("M/M/5, ρ = 0.9", "mm5-load09.yaml", QueueingTheory.mmc(5, 4.5, 1.0), HEAVY);
  }

  /** M/D/1, Pollaczek–Khinchine with Var S = 0: Wq = ρ/(2μ(1 − ρ)) = 2 h at ρ = 0.8 (GSTH §5.1). */
  @Test
  @Order(6)
  void md1WaitMatchesPollaczekKhinchine() {
    oneServer("M/D/1, ρ = 0.8", "md1-load08.yaml", QueueingTheory.md1(0.8, 1.0), MODERATE);
  }

  /**
   * M/G/1 with log-normal service of mean 1 h and cv 1.5, Pollaczek–Khinchine:
   * Wq = λE[S²]/(2(1 − ρ)) with E[S²] = (1 + cv²)E[S]² (GSTH §5.1). The heavy right tail makes
   * the waiting time's variance depend on E[S³] = (1 + cv²)³, 34 times E[S]³, hence HEAVY.
   */
  @Test
  @Order(7)
  void mg1LognormalWaitMatchesPollaczekKhinchine() {
    oneServer("M/G/1 log-normal cv 1.5, ρ = 0.7", "mg1-lognormal.yaml",
        QueueingTheory.mg1Lognormal(0.7, 1.0, 1.5), HEAVY);
  }

  /**
   * M/M/1: W = 1/(μ − λ), Wq = ρ/(μ − λ), L = ρ/(1 − ρ), Lq = ρ²/(1 − ρ), utilisation ρ,
   * throughput λ (GSTH §2.2). Under FIFO the sojourn time is exponential with mean W,
   * so its q-quantile is −W ln(1 − q): this checks the percentile histogram too.
   */
  private static void mm1(String caseName, String file, double lambda, double tol) {
    StationMeasures theory = QueueingTheory.mm1(lambda, 1.0);
    SimulatedScenario sim = SimulatedScenario.run(caseName, file);
    double w = theory.meanSojourn();
    assertAll(
        () -> sim.assertAgrees("sojourn_mean", w, tol),
        () -> sim.assertAgrees("wait_mean", theory.meanWait(), tol),
        () -> sim.assertAgrees("wip_mean", theory.meanNumberInSystem(), tol),
        () -> sim.assertAgrees("queue_length_mean@server", theory.meanNumberInQueue(), tol),
        () -> sim.assertAgrees("utilisation@server", theory.utilisation(), tol),
        () -> sim.assertAgrees("throughput", lambda, tol),
        () -> sim.assertAgrees("sojourn_p50", -w * Math.log(0.50), tol),
        () -> sim.assertAgrees("sojourn_p95", -w * Math.log(0.05), tol));
  }

  private static void oneServer(String caseName, String file, StationMeasures theory,
      double tol) {
    compareStation(SimulatedScenario.run(caseName, file), "server", theory, tol);
  }

  private static void multiServer(String caseName, String file, StationMeasures theory,
      double tol) {
    compareStation(SimulatedScenario.run(caseName, file), "servers", theory, tol);
  }

  /** A lone station: the network's sojourn, wait and WIP are the station's W, Wq and L. */
  private static void compareStation(SimulatedScenario sim, String station,
      StationMeasures theory, double tol) {
    assertAll(
        () -> sim.assertAgrees("sojourn_mean", theory.meanSojourn(), tol),
        () -> sim.assertAgrees("wait_mean", theory.meanWait(), tol),
        () -> sim.assertAgrees("wip_mean", theory.meanNumberInSystem(), tol),
        () -> sim.assertAgrees("queue_length_mean@" + station, theory.meanNumberInQueue(), tol),
        () -> sim.assertAgrees("utilisation@" + station, theory.utilisation(), tol));
  }
}
