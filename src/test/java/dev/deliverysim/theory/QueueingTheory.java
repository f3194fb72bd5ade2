package dev.deliverysim.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * Closed-form queueing results that simulation validation tests assert against.
 *
 * <p>All methods are static and pure. Time units are arbitrary but must be consistent: λ is the
 * arrival rate, μ the service rate of one server, c the number of servers and ρ = λ/(cμ).
 * Unstable or otherwise invalid inputs raise {@link IllegalArgumentException}.
 *
 * <p>Sources cited below: <b>GSTH</b> = Gross, Shortle, Thompson &amp; Harris, <i>Fundamentals of
 * Queueing Theory</i>, 4th ed. (Wiley, 2008); <b>Kleinrock</b> = L. Kleinrock, <i>Queueing
 * Systems</i>, vol. 1 <i>Theory</i> (1975) and vol. 2 <i>Computer Applications</i> (1976).
 */
public final class QueueingTheory {

  private QueueingTheory() {}

  /**
   * M/M/1: ρ = λ/μ, L = ρ/(1−ρ), Lq = ρ²/(1−ρ), W = 1/(μ−λ), Wq = ρ/(μ−λ).
   * Source: GSTH §2.2; Kleinrock vol. 1, ch. 3.
   */
  public static StationMeasures mm1(double lambda, double mu) {
    return mmc(1, lambda, mu);
  }

  /**
   * M/M/1 stationary distribution P(N = n) = (1−ρ)ρ^n, n ≥ 0.
   * Source: GSTH §2.2; Kleinrock vol. 1, ch. 3.
   */
  public static double mm1ProbabilityOfN(double lambda, double mu, int n) {
    double rho = stableRho(lambda, mu, 1);
    requireArg(n >= 0, "n must be >= 0: " + n);
    return (1 - rho) * Math.pow(rho, n);
  }

  /**
   * Erlang B (loss) probability for c servers and offered load a = λ/μ, by the recursion
   * B(0) = 1, B(k) = a·B(k−1)/(k + a·B(k−1)), which avoids factorials and overflow.
   * Source: GSTH §2.6 (Erlang's loss formula, M/M/c/c); Kleinrock vol. 1, ch. 3.
   */
  public static double erlangB(int c, double offeredLoad) {
    requireArg(c >= 1, "c must be >= 1: " + c);
    requireArg(offeredLoad >= 0 && Double.isFinite(offeredLoad), "bad load: " + offeredLoad);
    double b = 1.0;
    for (int k = 1; k <= c; k++) {
      b = offeredLoad * b / (k + offeredLoad * b);
    }
    return b;
  }

  /**
   * Erlang C probability that an arrival waits in M/M/c: C = B/(1 − ρ(1 − B)) with B = Erlang B
   * for c servers and load λ/μ. Source: GSTH §2.3 and §2.6; Kleinrock vol. 1, ch. 3.
   */
  public static double erlangC(int c, double lambda, double mu) {
    double rho = stableRho(lambda, mu, c);
    double b = erlangB(c, lambda / mu);
    return b / (1 - rho * (1 - b));
  }

  /**
   * M/M/c: Wq = C(c, λ/μ)/(cμ − λ), Lq = λWq, W = Wq + 1/μ, L = λW, utilisation ρ = λ/(cμ).
   * Source: GSTH §2.3; Kleinrock vol. 1, ch. 3.
   */
  public static StationMeasures mmc(int c, double lambda, double mu) {
    double rho = stableRho(lambda, mu, c);
    double wq = erlangC(c, lambda, mu) / (c * mu - lambda);
    return fromWait(rho, lambda, wq, 1 / mu);
  }

  /**
   * M/G/1 Pollaczek–Khinchine: E[S²] = Var S + E[S]², Wq = λE[S²]/(2(1−ρ)), ρ = λE[S],
   * W = Wq + E[S], Lq = λWq, L = λW. Source: GSTH §5.1; Kleinrock vol. 1, ch. 5.
   */
  public static StationMeasures mg1(double lambda, double meanService, double serviceVariance) {
    requireArg(meanService > 0 && Double.isFinite(meanService), "bad mean service: " + meanService);
    requireArg(serviceVariance >= 0 && Double.isFinite(serviceVariance),
        "bad service variance: " + serviceVariance);
    double rho = stableRho(lambda, 1 / meanService, 1);
    double secondMoment = serviceVariance + meanService * meanService;
    double wq = lambda * secondMoment / (2 * (1 - rho));
    return fromWait(rho, lambda, wq, meanService);
  }

  /**
   * M/G/1 with service given by squared coefficient of variation scv = Var S/E[S]²:
   * Wq = ρ E[S](1 + scv)/(2(1−ρ)) (P-K mean-value form). Source: GSTH §5.1.
   */
  public static StationMeasures mg1Scv(double lambda, double meanService, double scv) {
    requireArg(scv >= 0 && Double.isFinite(scv), "bad SCV: " + scv);
    return mg1(lambda, meanService, scv * meanService * meanService);
  }

  /**
   * M/D/1 (P-K with Var S = 0): Wq = ρ/(2μ(1−ρ)) where μ = 1/d.
   * Source: GSTH §5.1; Kleinrock vol. 1, ch. 5.
   */
  public static StationMeasures md1(double lambda, double serviceTime) {
    return mg1(lambda, serviceTime, 0);
  }

  /**
   * Lognormal parameters for a given mean m and coefficient of variation cv:
   * σ² = ln(1 + cv²), μ = ln m − σ²/2 (so E[S] = e^{μ+σ²/2}, Var S = (e^{σ²} − 1)E[S]²).
   * Source: Johnson, Kotz &amp; Balakrishnan, Continuous Univariate Distributions vol. 1, ch. 14.
   */
  public static LogNormalParameters lognormalParameters(double mean, double cv) {
    requireArg(mean > 0 && Double.isFinite(mean), "bad mean: " + mean);
    requireArg(cv > 0 && Double.isFinite(cv), "cv must be > 0: " + cv);
    double sigma2 = Math.log1p(cv * cv);
    return new LogNormalParameters(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
  }

  /**
   * M/G/1 with lognormal service of mean m and coefficient of variation cv: P-K depends only on
   * the first two moments, so this is {@link #mg1Scv} with scv = cv². Source: GSTH §5.1.
   */
  public static StationMeasures mg1Lognormal(double lambda, double mean, double cv) {
    lognormalParameters(mean, cv); // validates
    return mg1Scv(lambda, mean, cv * cv);
  }

  /**
   * M/M/1/K (K = capacity including the job in service): P_n = ρ^n/Σ_{j=0..K} ρ^j, so
   * P_K = (1−ρ)ρ^K/(1−ρ^{K+1}) (= 1/(K+1) at ρ = 1); λ_eff = λ(1−P_K); utilisation 1 − P_0 =
   * λ_eff/μ; L = Σ nP_n; W = L/λ_eff (Little); Wq = W − 1/μ; Lq = λ_eff·Wq. Any ρ &gt; 0 is valid.
   * Summed with weights scaled to ≤ 1, so it is stable near ρ = 1 and for large K.
   * Source: GSTH §2.5 (M/M/c/K with c = 1); Kleinrock vol. 1, ch. 3.
   */
  public static FiniteCapacityMeasures mm1k(double lambda, double mu, int capacity) {
    requirePositive(lambda, "lambda");
    requirePositive(mu, "mu");
    requireArg(capacity >= 1, "capacity must be >= 1: " + capacity);
    double rho = lambda / mu;
    double ratio = rho <= 1 ? rho : 1 / rho; // weight of n is ratio^n, or ratio^(K-n) if ρ > 1
    double norm = 0;
    double sumN = 0;
    double w = 1;
    for (int i = 0; i <= capacity; i++) {
      int n = rho <= 1 ? i : capacity - i;
      norm += w;
      sumN += n * w;
      w *= ratio;
    }
    double p0 = (rho <= 1 ? 1 : Math.pow(ratio, capacity)) / norm;
    double pK = (rho <= 1 ? Math.pow(ratio, capacity) : 1) / norm;
    double l = sumN / norm;
    double lambdaEff = lambda * (1 - pK);
    double w0 = l / lambdaEff;
    double wq = w0 - 1 / mu;
    return new FiniteCapacityMeasures(pK, lambdaEff,
        new StationMeasures(1 - p0, lambdaEff * wq, wq, w0, l));
  }

  /** Exponential service second moment E[S²] = 2/μ². Source: GSTH §1.7. */
  public static double exponentialSecondMoment(double mu) {
    requirePositive(mu, "mu");
    return 2 / (mu * mu);
  }

  /**
   * Non-preemptive priority M/G/1, classes ordered highest priority first:
   * Wq_k = W0/((1−σ_{k−1})(1−σ_k)), W0 = Σ_i λ_i E[S_i²]/2, σ_k = Σ_{i≤k} λ_i E[S_i].
   * Source: A. Cobham, "Priority assignment in waiting line problems", J. Oper. Res. Soc. America
   * 2 (1954); GSTH §3.4; Kleinrock vol. 2, ch. 3 (with the conservation law).
   *
   * @return mean queueing delay (excluding service) per class
   */
  public static double[] priorityWaits(double[] lambda, double[] meanService,
      double[] secondMoment) {
    int k = lambda.length;
    requireArg(k >= 1 && meanService.length == k && secondMoment.length == k,
        "need equal-length, non-empty per-class arrays");
    double w0 = 0;
    double load = 0;
    for (int i = 0; i < k; i++) {
      requireArg(lambda[i] >= 0 && Double.isFinite(lambda[i]), "bad lambda[" + i + "]");
      requirePositive(meanService[i], "meanService[" + i + "]");
      requireArg(secondMoment[i] >= meanService[i] * meanService[i] * (1 - 1e-12),
          "E[S^2] < E[S]^2 for class " + i);
      w0 += lambda[i] * secondMoment[i] / 2;
      load += lambda[i] * meanService[i];
    }
    requireArg(load < 1, "unstable: total load " + load + " >= 1");
    double[] waits = new double[k];
    double sigmaPrev = 0;
    for (int i = 0; i < k; i++) {
      double sigma = sigmaPrev + lambda[i] * meanService[i];
      waits[i] = w0 / ((1 - sigmaPrev) * (1 - sigma));
      sigmaPrev = sigma;
    }
    return waits;
  }

  /**
   * Jackson traffic equations λ_j = γ_j + Σ_i λ_i P[i][j], i.e. (I − Pᵀ)λ = γ, solved by
   * Gaussian elimination with partial pivoting. Singular systems (a closed routing class with no
   * exit) are rejected. Source: Jackson (1957), Oper. Res. 5; GSTH §4.2; Kleinrock vol. 1, ch. 4.
   */
  public static double[] trafficEquations(double[] gamma, double[][] routing) {
    int n = gamma.length;
    requireArg(n >= 1 && routing.length == n, "gamma and routing sizes differ");
    double[][] a = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      requireArg(gamma[i] >= 0 && Double.isFinite(gamma[i]), "bad gamma[" + i + "]");
      requireArg(routing[i].length == n, "routing must be square");
      double rowSum = 0;
      for (int j = 0; j < n; j++) {
        double p = routing[i][j];
        requireArg(p >= 0 && p <= 1, "routing[" + i + "][" + j + "] not in [0,1]: " + p);
        rowSum += p;
        a[j][i] = (i == j ? 1 : 0) - p; // transpose
      }
      requireArg(rowSum <= 1 + 1e-12, "routing row " + i + " sums to " + rowSum + " > 1");
      a[i][n] = gamma[i];
    }
    double[] x = GaussianElimination.solve(a);
    for (int i = 0; i < n; i++) {
      requireArg(x[i] >= -1e-9, "negative traffic: routing has no exit path");
      x[i] = Math.max(0, x[i]);
    }
    return x;
  }

  /**
   * Open Jackson network of M/M/c_i stations: solve the traffic equations, treat each station as an
   * independent M/M/c_i with rate λ_i (product form), then L = ΣL_i, throughput Σγ, W = L/Σγ
   * (Little), mean visits λ_i/Σγ. Source: Jackson (1957, 1963); GSTH §4.2.
   */
  public static NetworkMeasures jackson(double[] gamma, double[][] routing, int[] servers,
      double[] mu) {
    int n = gamma.length;
    requireArg(servers.length == n && mu.length == n, "servers/mu sizes differ from gamma");
    double[] lambda = trafficEquations(gamma, routing);
    double throughput = 0;
    for (double g : gamma) {
      throughput += g;
    }
    requireArg(throughput > 0, "no external arrivals");
    List<StationMeasures> stations = new ArrayList<>(n);
    double[] visits = new double[n];
    double l = 0;
    for (int i = 0; i < n; i++) {
      requirePositive(mu[i], "mu[" + i + "]");
      StationMeasures s = lambda[i] == 0 ? new StationMeasures(0, 0, 0, 1 / mu[i], 0)
          : mmc(servers[i], lambda[i], mu[i]);
      stations.add(s);
      visits[i] = lambda[i] / throughput;
      l += s.meanNumberInSystem();
    }
    return new NetworkMeasures(lambda, visits, stations, throughput, l, l / throughput);
  }

  /**
   * Tandem of M/M/1 stations fed by Poisson(λ): by Burke's theorem (1956, Oper. Res. 4) each
   * departure stream is Poisson(λ), so station i is M/M/1 and total sojourn = Σ 1/(μ_i − λ).
   * Source: GSTH §4.1; Kleinrock vol. 1, ch. 4.
   */
  public static TandemMeasures mm1Tandem(double lambda, double... mu) {
    requireArg(mu.length >= 1, "need at least one station");
    List<StationMeasures> stations = new ArrayList<>(mu.length);
    double total = 0;
    for (double m : mu) {
      StationMeasures s = mm1(lambda, m);
      stations.add(s);
      total += s.meanSojourn();
    }
    return new TandemMeasures(stations, total);
  }

  /**
   * Mean number of passes through a step when each pass is reworked (repeated) with probability
   * p independently: geometric, E[visits] = 1/(1−p). Source: GSTH §4.2 (single-node feedback).
   */
  public static double meanVisitsWithRework(double p) {
    requireArg(p >= 0 && p < 1, "rework probability must be in [0,1): " + p);
    return 1 / (1 - p);
  }

  private static StationMeasures fromWait(double rho, double lambda, double wq, double meanS) {
    double w = wq + meanS;
    return new StationMeasures(rho, lambda * wq, wq, w, lambda * w);
  }

  private static double stableRho(double lambda, double mu, int c) {
    requirePositive(lambda, "lambda");
    requirePositive(mu, "mu");
    requireArg(c >= 1, "c must be >= 1: " + c);
    double rho = lambda / (c * mu);
    requireArg(rho < 1, "unstable: rho = " + rho + " >= 1");
    return rho;
  }

  private static void requirePositive(double x, String name) {
    requireArg(x > 0 && Double.isFinite(x), name + " must be positive and finite: " + x);
  }

  private static void requireArg(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
