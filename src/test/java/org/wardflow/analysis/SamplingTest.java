package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamplingTest {
  @ParameterizedTest
  @ValueSource(doubles = {0.3, 4, 9.9, 10, 37, 500})
  void poissonHasTheRightMeanAndVariance(double mu) {
    SplittableRandom r = new SplittableRandom(11);
    int n = 200_000;
    double s = 0;
    double ss = 0;
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      int k = Sampling.poisson(r, mu);
      assertTrue(k >= 0);
      s += k;
      ss += (double) k * k;
      if (k == 0) {
        zeros++;
      }
    }
    double mean = s / n;
    double var = ss / n - mean * mean;
    assertEquals(mu, mean, 5 * Math.sqrt(mu / n), "mean");
    assertEquals(mu, var, 0.03 * mu, "variance");
    assertEquals(Math.exp(-mu), zeros / (double) n, 5 * Math.sqrt(Math.exp(-mu) / n) + 1e-9);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.2, 1, 7, 30, 399})
  void poissonTableHasTheRightDistribution(double mu) {
    SplittableRandom r = new SplittableRandom(3);
    Sampling.PoissonTable t = new Sampling.PoissonTable(mu);
    int n = 200_000;
    double s = 0;
    double ss = 0;
    int atMode = 0;
    int mode = (int) Math.floor(mu);
    for (int i = 0; i < n; i++) {
      int k = t.sample(r);
      s += k;
      ss += (double) k * k;
      if (k == mode) {
        atMode++;
      }
    }
    double mean = s / n;
    assertEquals(mu, mean, 5 * Math.sqrt(mu / n), "mean");
    assertEquals(mu, ss / n - mean * mean, 0.03 * mu, "variance");
    double pMode = Math.exp(-mu + mode * Math.log(mu) - Sampling.logFactorial(mode));
    assertEquals(pMode, atMode / (double) n, 5 * Math.sqrt(pMode / n));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 3, 40})
  void gammaHasTheRightMeanAndVariance(double shape) {
    SplittableRandom r = new SplittableRandom(5);
    double rate = 2;
    int n = 200_000;
    double s = 0;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double x = Sampling.gamma(r, shape, rate);
      assertTrue(x >= 0);
      s += x;
      ss += x * x;
    }
    double mean = s / n;
    double var = ss / n - mean * mean;
    assertEquals(shape / rate, mean, 5 * Math.sqrt(shape / (rate * rate) / n));
    assertEquals(shape / (rate * rate), var, 0.04 * shape / (rate * rate));
  }
}
