package dev.deliverysim.bench;

import dev.deliverysim.theory.QueueingTheory;
import java.util.Locale;

/**
 * The three workloads of {@code deliverysim bench}, described twice: by the name of the bench
 * YAML that deliverysim loads ({@code src/main/resources/bench/NAME.yaml}), and by the numbers the
 * SSJ model is built from. Every station has {@code servers} exponential servers of rate μ = 1;
 * jobs arrive at rate λ and visit the {@code stations} in series. Keep the two descriptions in
 * step: the mean sojourn each side prints is checked against {@link #theorySojourn()}.
 */
enum Workload {
  MM1(0.9, 1, 1),
  MM5(4.5, 5, 1),
  TANDEM5(0.8, 1, 5);

  static final double MU = 1.0;

  final double lambda;
  final int servers;
  final int stations;

  Workload(double lambda, int servers, int stations) {
    this.lambda = lambda;
    this.servers = servers;
    this.stations = stations;
  }

  /** The bench YAML's name, as {@code deliverysim bench --workload} spells it. */
  String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Steady-state mean time in the network: M/M/c per station (Erlang C), summed over the series;
   * by Burke's theorem every station of the tandem sees Poisson arrivals at rate λ.
   */
  double theorySojourn() {
    return stations * QueueingTheory.mmc(servers, lambda, MU).meanSojourn();
  }

  static Workload parse(String text) {
    for (Workload w : values()) {
      if (w.yamlName().equals(text.trim())) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown workload '" + text + "'; expected mm1, mm5 or tandem5");
  }
}
