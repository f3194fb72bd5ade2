package dev.deliverysim.theory;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link QueueingTheory} against published or hand-derived closed forms.
 *
 * <p>Expected values are written out independently of the code under test (textbook numbers,
 * exact rationals, or a different closed form), so the tolerance is tight: 1e-9 relative.
 */
class QueueingTheoryTest {

  private static final double REL = 1e-9;

  private static void near(double expected, double actual) {
    assertEquals(expected, actual, Math.max(1e-12, Math.abs(expected) * REL));
  }

  private static void same(StationMeasures expected, StationMeasures actual) {
    assertAll(() -> near(expected.utilisation(), actual.utilisation()),
        () -> near(expected.meanNumberInQueue(), actual.meanNumberInQueue()),
        () -> near(expected.meanWait(), actual.meanWait()),
        () -> near(expected.meanSojourn(), actual.meanSojourn()),
        () -> near(expected.meanNumberInSystem(), actual.meanNumberInSystem()));
  }

  private static StationMeasures station(double rho, double lq, double wq, double w, double l) {
    return new StationMeasures(rho, lq, wq, w, l);
  }

  @Test
  void mm1AtNinetyPercentLoadWaitsTenTimeUnitsWithEightPointOneQueued() {
    same(station(0.9, 8.1, 9, 10, 9), QueueingTheory.mm1(0.9, 1));
  }

  @Test
  void mm1QueueLengthIsGeometricAndItsMeanIsL() {
    near(0.5, QueueingTheory.mm1ProbabilityOfN(0.5, 1, 0));
    near(0.0625, QueueingTheory.mm1ProbabilityOfN(0.5, 1, 3));
    double total = 0;
    double mean = 0;
    for (int n = 0; n < 200; n++) {
      double p = QueueingTheory.mm1ProbabilityOfN(0.75, 1, n);
      total += p;
      mean += n * p;
    }
    near(1, total);
    near(3, mean); // ρ/(1−ρ)
  }

  @Test
  void erlangCForFiveServersAtLoadFourPointFiveIsTheWellKnown0_7625() {
    double c = QueueingTheory.erlangC(5, 4.5, 1);
    assertEquals(0.7625, c, 5e-5);
    near(19683.0 / 25814.0, c); // exact rational from Erlang's formula with A = 9/2
  }

  @Test
  void erlangCWithOneServerIsTheUtilisation() {
    for (double rho : new double[] {1e-6, 0.1, 0.5, 0.9, 0.999}) {
      near(rho, QueueingTheory.erlangC(1, rho * 3, 3));
    }
  }

  @Test
  void erlangBForTenServersAtFiveErlangsMatchesTheTable() {
    assertEquals(0.0184, QueueingTheory.erlangB(10, 5), 5e-5);
    near(0.018384570336648132, QueueingTheory.erlangB(10, 5));
    near(0.5, QueueingTheory.erlangB(1, 1)); // a/(1+a)
  }

  @Test
  void mmcWithFiveServersGivesErlangCBasedWaitsAndLittlesLaw() {
    double wq = 19683.0 / 25814.0 / 0.5;
    same(station(0.9, 4.5 * wq, wq, wq + 1, 4.5 * (wq + 1)), QueueingTheory.mmc(5, 4.5, 1));
  }

  @Test
  void mmcWithTwoServersMatchesTheClosedFormLEqualsTwoRhoOverOneMinusRhoSquared() {
    double lambda = 3;
    double mu = 2;
    double rho = lambda / (2 * mu);
    double l = 2 * rho / (1 - rho * rho);
    near(l, QueueingTheory.mmc(2, lambda, mu).meanNumberInSystem());
    near(l / lambda - 1 / mu, QueueingTheory.mmc(2, lambda, mu).meanWait());
  }

  @Test
  void mmcWithOneServerEqualsMm1ClosedForm() {
    double lambda = 0.6;
    double mu = 1.5;
    double rho = 0.4;
    same(station(rho, rho * rho / (1 - rho), rho / (mu - lambda), 1 / (mu - lambda),
        rho / (1 - rho)), QueueingTheory.mmc(1, lambda, mu));
  }

  @Test
  void md1WaitsHalfAsLongAsMm1InQueue() {
    double lambda = 0.8;
    double mu = 1;
    double rho = lambda / mu;
    double wq = rho / (2 * mu * (1 - rho)); // = 2
    same(station(rho, lambda * wq, wq, wq + 1, lambda * (wq + 1)),
        QueueingTheory.md1(lambda, 1 / mu));
    near(QueueingTheory.mm1(lambda, mu).meanWait() / 2, QueueingTheory.md1(lambda, 1).meanWait());
  }

  @Test
  void pollaczekKhinchineWithExponentialServiceEqualsMm1() {
    same(station(0.75, 2.25, 1.5, 2, 3), QueueingTheory.mg1(1.5, 0.5, 0.25));
    same(station(0.75, 2.25, 1.5, 2, 3), QueueingTheory.mg1Scv(1.5, 0.5, 1));
  }

  @Test
  void pollaczekKhinchineUsesTheSecondMomentOfService() {
    // λ = 0.5, E[S] = 1, Var S = 4: E[S²] = 5, Wq = 0.5·5/(2·0.5) = 2.5.
    same(station(0.5, 1.25, 2.5, 3.5, 1.75), QueueingTheory.mg1(0.5, 1, 4));
    same(station(0.5, 1.25, 2.5, 3.5, 1.75), QueueingTheory.mg1Scv(0.5, 1, 4));
  }

  @Test
  void lognormalParametersReproduceTheRequestedMeanAndCv() {
    LogNormalParameters p = QueueingTheory.lognormalParameters(3, 1.5);
    LogNormalDistribution d = LogNormalDistribution.of(p.mu(), p.sigma());
    near(3, d.getMean());
    near(1.5 * 1.5 * 9, d.getVariance());
    same(QueueingTheory.mg1(0.2, 3, 1.5 * 1.5 * 9), QueueingTheory.mg1Lognormal(0.2, 3, 1.5));
  }

  @Test
  void mm1kWithCapacityOneBlocksWithProbabilityRhoOverOnePlusRho() {
    for (double rho : new double[] {0.5, 1, 3}) {
      FiniteCapacityMeasures m = QueueingTheory.mm1k(rho * 2, 2, 1);
      near(rho / (1 + rho), m.blockingProbability());
      near(rho * 2 / (1 + rho), m.effectiveThroughput());
      same(station(rho / (1 + rho), 0, 0, 0.5, rho / (1 + rho)), m.station());
    }
  }

  @Test
  void mm1kAtRhoOneIsUniformOverStates() {
    FiniteCapacityMeasures m = QueueingTheory.mm1k(1.5, 1.5, 9);
    near(0.1, m.blockingProbability());
    near(4.5, m.station().meanNumberInSystem());
    near(4.5 / 1.35, m.station().meanSojourn()); // Little with λ_eff = 1.5·0.9
  }

  @Test
  void mm1kMatchesGrossHarrisClosedFormBelowAndAboveSaturation() {
    // ρ = 1/2, K = 3: P_K = 1/15, L = 11/15, λ_eff = 14/15, W = 11/14, Wq = 2/7, 1 − P0 = 7/15.
    FiniteCapacityMeasures m = QueueingTheory.mm1k(1, 2, 3);
    near(1.0 / 15, m.blockingProbability());
    near(14.0 / 15, m.effectiveThroughput());
    same(station(7.0 / 15, 14.0 / 15 * 2 / 7, 2.0 / 7, 11.0 / 14, 11.0 / 15), m.station());
    // ρ = 2, K = 3: weights 1, 2, 4, 8 → P_K = 8/15, L = 34/15, 1 − P0 = 14/15.
    FiniteCapacityMeasures over = QueueingTheory.mm1k(2, 1, 3);
    near(8.0 / 15, over.blockingProbability());
    near(34.0 / 15, over.station().meanNumberInSystem());
    near(14.0 / 15, over.station().utilisation());
  }

  @Test
  void mm1kWithLargeCapacityApproachesMm1() {
    FiniteCapacityMeasures m = QueueingTheory.mm1k(0.9, 1, 2000);
    assertEquals(0, m.blockingProbability(), 1e-15);
    same(station(0.9, 8.1, 9, 10, 9), m.station());
  }

  @Test
  void cobhamWithOneClassEqualsPollaczekKhinchine() {
    double[] w = QueueingTheory.priorityWaits(new double[] {0.5}, new double[] {1},
        new double[] {5});
    near(2.5, w[0]);
  }

  @Test
  void cobhamTwoExponentialClassesMatchHandComputedWaits() {
    // λ = (0.3, 0.5), μ = 1: W0 = 0.8, σ = (0.3, 0.8),
    // Wq = (0.8/(1·0.7), 0.8/(0.7·0.2)) = (8/7, 40/7).
    double s2 = QueueingTheory.exponentialSecondMoment(1);
    double[] w = QueueingTheory.priorityWaits(new double[] {0.3, 0.5}, new double[] {1, 1},
        new double[] {s2, s2});
    assertArrayEquals(new double[] {8.0 / 7, 40.0 / 7}, w, 40.0 / 7 * REL);
  }

  @Test
  void cobhamWithEqualServiceConservesWorkWeightedWaitOfFcfs() {
    // Kleinrock's conservation law: Σ ρ_k Wq_k = ρ · Wq(FCFS M/G/1).
    double[] lambda = {0.2, 0.3, 0.25};
    double mean = 1.1;
    double var = 0.7;
    double s2 = var + mean * mean;
    double[] w = QueueingTheory.priorityWaits(lambda, new double[] {mean, mean, mean},
        new double[] {s2, s2, s2});
    double rho = 0.75 * mean;
    double fcfs = 0.75 * s2 / (2 * (1 - rho));
    double weighted = 0;
    for (int k = 0; k < 3; k++) {
      weighted += lambda[k] * mean * w[k];
    }
    near(rho * fcfs, weighted);
    near(fcfs, QueueingTheory.mg1(0.75, mean, var).meanWait());
  }

  @Test
  void cobhamWithUnequalServiceConservesRhoTimesW0OverOneMinusRho() {
    double[] lambda = {0.1, 0.4};
    double[] mean = {2, 0.5};
    double[] s2 = {4, 0.5};
    double[] w = QueueingTheory.priorityWaits(lambda, mean, s2);
    double rho = 0.2 + 0.2;
    double w0 = (0.1 * 4 + 0.4 * 0.5) / 2;
    near(rho * w0 / (1 - rho), 0.2 * w[0] + 0.2 * w[1]);
  }

  @Test
  void jacksonSingleStationWithFeedbackHasEffectiveRateGammaOverOneMinusP() {
    NetworkMeasures n = QueueingTheory.jackson(new double[] {1}, new double[][] {{0.25}},
        new int[] {1}, new double[] {2});
    near(4.0 / 3, n.arrivalRates()[0]);
    near(4.0 / 3, n.meanVisits()[0]);
    near(QueueingTheory.meanVisitsWithRework(0.25), n.meanVisits()[0]);
    near(2, n.meanNumberInSystem()); // ρ = 2/3
    near(1, n.throughput());
    near(2, n.meanSojourn());
  }

  @Test
  void jacksonTwoStationsWithBackRoutingSolvesTrafficEquations() {
    // λ1 = 1 + 0.2 λ2, λ2 = 0.5 λ1 → λ = (10/9, 5/9); both stations at ρ = 5/9, L_i = 1.25.
    NetworkMeasures n = QueueingTheory.jackson(new double[] {1, 0},
        new double[][] {{0, 0.5}, {0.2, 0}}, new int[] {1, 1}, new double[] {2, 1});
    assertArrayEquals(new double[] {10.0 / 9, 5.0 / 9}, n.arrivalRates(), 1e-12);
    assertArrayEquals(new double[] {10.0 / 9, 5.0 / 9}, n.meanVisits(), 1e-12);
    near(1.25, n.stations().get(0).meanNumberInSystem());
    near(1.25, n.stations().get(1).meanNumberInSystem());
    near(2.5, n.meanNumberInSystem());
    near(2.5, n.meanSojourn());
  }

  @Test
  void jacksonCycleWithExitAndMultiServerStationUsesErlangC() {
    // 1 → 2 → 3 → (1 w.p. 0.5, else exit), γ = (1, 0, 0): every station sees λ = 2.
    NetworkMeasures n = QueueingTheory.jackson(new double[] {1, 0, 0},
        new double[][] {{0, 1, 0}, {0, 0, 1}, {0.5, 0, 0}}, new int[] {1, 5, 1},
        new double[] {4, 4.0 / 9, 3});
    assertArrayEquals(new double[] {2, 2, 2}, n.arrivalRates(), 1e-12);
    // Station 2: c = 5, μ = 4/9, so A = λ/μ = 4.5 — the Erlang C = 19683/25814 instance.
    double wq = 19683.0 / 25814.0 / (5 * 4.0 / 9 - 2);
    double l2 = 2 * (wq + 2.25);
    near(0.9, n.stations().get(1).utilisation());
    near(1 + l2 + 2, n.meanNumberInSystem()); // ρ1 = 1/2 → L1 = 1; ρ3 = 2/3 → L3 = 2
  }

  @Test
  void tandemSojournIsSumOfOneOverMuMinusLambda() {
    TandemMeasures t = QueueingTheory.mm1Tandem(1, 2, 3, 5);
    near(1 + 0.5 + 0.25, t.totalSojourn());
    near(1, t.stations().get(0).meanNumberInSystem());
    NetworkMeasures n = QueueingTheory.jackson(new double[] {1, 0, 0},
        new double[][] {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}}, new int[] {1, 1, 1},
        new double[] {2, 3, 5});
    near(1.75, n.meanSojourn());
  }

  @Test
  void reworkWithProbabilityPGivesOneOverOneMinusPVisits() {
    near(1, QueueingTheory.meanVisitsWithRework(0));
    near(2, QueueingTheory.meanVisitsWithRework(0.5));
    near(10, QueueingTheory.meanVisitsWithRework(0.9));
  }

  @Test
  void unstableOrInvalidInputsAreRejected() {
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    assertAll(() -> assertThrows(iae, () -> QueueingTheory.mm1(1, 1)),
        () -> assertThrows(iae, () -> QueueingTheory.mm1(-0.1, 1)),
        () -> assertThrows(iae, () -> QueueingTheory.mm1ProbabilityOfN(0.5, 1, -1)),
        () -> assertThrows(iae, () -> QueueingTheory.mmc(3, 6, 2)),
        () -> assertThrows(iae, () -> QueueingTheory.mmc(0, 1, 2)),
        () -> assertThrows(iae, () -> QueueingTheory.erlangB(0, 1)),
        () -> assertThrows(iae, () -> QueueingTheory.mg1(1, 1, 0)),
        () -> assertThrows(iae, () -> QueueingTheory.mg1(0.5, 1, -1)),
        () -> assertThrows(iae, () -> QueueingTheory.mg1Lognormal(0.5, 1, 0)),
        () -> assertThrows(iae, () -> QueueingTheory.mm1k(1, 1, 0)),
        () -> assertThrows(iae, () -> QueueingTheory.priorityWaits(new double[] {0.5, 0.5},
            new double[] {1, 1}, new double[] {2, 2})),
        () -> assertThrows(iae, () -> QueueingTheory.priorityWaits(new double[] {0.5},
            new double[] {1}, new double[] {0.5})),
        () -> assertThrows(iae, () -> QueueingTheory.jackson(new double[] {1},
            new double[][] {{1}}, new int[] {1}, new double[] {2})),
        () -> assertThrows(iae, () -> QueueingTheory.jackson(new double[] {1, 0},
            new double[][] {{0, 0.7}, {0.6, 0.5}}, new int[] {1, 1}, new double[] {9, 9})),
        () -> assertThrows(iae, () -> QueueingTheory.jackson(new double[] {1},
            new double[][] {{0.5}}, new int[] {1}, new double[] {1.5})),
        () -> assertThrows(iae, () -> QueueingTheory.meanVisitsWithRework(1)));
  }
}
