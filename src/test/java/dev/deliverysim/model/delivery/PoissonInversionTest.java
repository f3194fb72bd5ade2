package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * Defects per task are drawn by Poisson inversion with one uniform; the fast sequential search
 * must give exactly the library's inverse, or changing it would change every delivery result.
 */
class PoissonInversionTest {
  @Test
  void theSequentialSearchAgreesWithTheLibraryEverywhere() {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20_261_124L);
    double[] means = {1e-6, 0.01, 0.2, 0.76, 1.0, 1.52, 3.3, 7.9, 15.0, 29.9, 30.0, 45.5};
    for (double mean : means) {
      PoissonDistribution library = PoissonDistribution.of(mean);
      for (int i = 0; i < 20_000; i++) {
        double u = rng.nextDouble();
        assertEquals(library.inverseCumulativeProbability(u), WorkIntake.poisson(mean, u),
            "mean " + mean + ", u " + u);
      }
      for (double u : new double[] {0, Double.MIN_VALUE, 1e-300, 1 - 1e-16, Math.nextDown(1.0)}) {
        assertEquals(library.inverseCumulativeProbability(u), WorkIntake.poisson(mean, u),
            "mean " + mean + ", u " + u);
      }
    }
  }
}
