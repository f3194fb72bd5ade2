package dev.deliverysim.theory;

import java.util.List;

/**
 * Open Jackson network: per-station total arrival rates λ_i, mean visits λ_i/Σγ and M/M/c
 * measures, plus network throughput Σγ, mean number in system ΣL_i and mean sojourn L/Σγ.
 */
public record NetworkMeasures(double[] arrivalRates, double[] meanVisits,
    List<StationMeasures> stations, double throughput, double meanNumberInSystem,
    double meanSojourn) {
  public NetworkMeasures {
    arrivalRates = arrivalRates.clone();
    meanVisits = meanVisits.clone();
    stations = List.copyOf(stations);
  }

  @Override public double[] arrivalRates() {
    return arrivalRates.clone();
  }

  @Override public double[] meanVisits() {
    return meanVisits.clone();
  }
}
