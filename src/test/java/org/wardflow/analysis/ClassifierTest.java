package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  private static final double EPS = 1e-9;

  /**
   * Published example: the integer test series of jenkspy (M. Viry, tests/test_jenks.py, {@code
   * data2}), whose 4-class natural breaks are published there as (1, 416, 767, 1083, 1424) with
   * class members 20, 9, 10 and 11 values.
   */
  @Test
  void jenksMatchesPublishedJenkspyExample() {
    double[] data = {
      132, 915, 312, 1424, 1240, 1370, 113, 1028, 1078, 416, 963, 359, 1422, 658, 73, 1326, 245,
      848, 683, 255, 1223, 253, 654, 736, 1079, 39, 583, 1367, 1237, 327, 1083, 328, 951, 678, 927,
      301, 96, 297, 179, 230, 767, 1248, 1, 37, 1352, 1009, 663, 1283, 679, 230
    };
    Classification c = Classifier.jenks(data, 4);
    assertArrayEquals(new double[] {1, 416, 767, 1083, 1424}, c.bounds(), EPS);
    assertArrayEquals(new int[] {20, 9, 10, 11}, c.counts());
    assertEquals(List.of("1 – 416", "417 – 767", "768 – 1,083", "1,084 – 1,424"), c.labels());
    // published class of the first values: 132 → 0, 915 → 2, 312 → 0, 1424 → 3, 658 → 1
    assertEquals(0, c.classOfIndex(0));
    assertEquals(2, c.classOfIndex(1));
    assertEquals(3, c.classOfIndex(3));
    assertEquals(1, c.classOfIndex(13));
  }

  /**
   * Published examples with ties: simple-statistics {@code ckmeans} (T. MacWright; documented
   * example and test/ckmeans.test.js), which computes the same optimal 1-D partition.
   */
  @Test
  void jenksMatchesPublishedCkmeansExamplesWithTies() {
    Classification c = Classifier.jenks(new double[] {-1, 2, -1, 2, 4, 5, 6, -1, 2, -1}, 3);
    assertArrayEquals(new int[] {4, 3, 3}, c.counts()); // [-1 ×4], [2 ×3], [4, 5, 6]
    assertArrayEquals(new double[] {-1, -1, 2, 6}, c.bounds(), EPS);
    assertArrayEquals(
        new int[] {1, 2, 2}, Classifier.jenks(new double[] {1, 2, 2, 3, 3}, 3).counts());
    assertArrayEquals(
        new int[] {3, 2, 1}, Classifier.jenks(new double[] {3, 2, 3, 5, 2, 1}, 3).counts());
    assertArrayEquals(
        new int[] {3, 3}, Classifier.jenks(new double[] {0, 1, 2, 100, 101, 103}, 2).counts());
    assertArrayEquals(
        new int[] {3, 1, 3},
        Classifier.jenks(new double[] {0, 1, 2, 50, 100, 101, 103}, 3).counts());
    assertArrayEquals(new int[] {2, 1}, Classifier.jenks(new double[] {-3, 0, 4}, 2).counts());
  }

  @Test
  void jenksIsTheExactOptimumAgainstBruteForce() {
    Random r = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + r.nextInt(9);
      int k = 1 + r.nextInt(4);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = r.nextInt(4) == 0 ? r.nextInt(5) : Math.round(r.nextGaussian() * 100) / 10.0;
      }
      Classification c = Classifier.jenks(x, k);
      double got = withinSsq(x, c.classes(), c.classCount());
      double best = bruteForceBest(x, k);
      assertEquals(best, got, 1e-7, () -> "data " + Arrays.toString(x) + " k=" + k);
    }
  }

  @Test
  void jenksIsFastOnLargeInput() {
    double[] x = new Random(3).doubles(50_000).map(d -> Math.exp(3 * d)).toArray();
    long t0 = System.nanoTime();
    Classification c = Classifier.jenks(x, 9);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(9, c.classCount());
    assertEquals(50_000, Arrays.stream(c.counts()).sum());
    assertTrue(ms < 5_000, "took " + ms + " ms");
  }

  @Test
  void quantileByHand() {
    double[] x = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    Classification c = Classifier.quantile(x, 4);
    // ranks ⌈2.5⌉ = 3, ⌈5⌉ = 5, ⌈7.5⌉ = 8 → values 3, 5, 8
    assertArrayEquals(new double[] {1, 3, 5, 8, 10}, c.bounds(), EPS);
    assertArrayEquals(new int[] {3, 2, 3, 2}, c.counts());
    assertEquals(List.of("1 – 3", "4 – 5", "6 – 8", "9 – 10"), c.labels());
    assertTrue(c.notes().isEmpty());
  }

  @Test
  void quantileWithTiesKeepsZerosTogether() {
    double[] x = {0, 0, 0, 0, 0, 1, 2, 3};
    Classification c = Classifier.quantile(x, 4);
    // ranks 2, 4, 6 → 0, 0, 1: the repeated 0 break merges two classes
    assertArrayEquals(new double[] {0, 0, 1, 3}, c.bounds(), EPS);
    assertArrayEquals(new int[] {5, 1, 2}, c.counts());
    assertEquals(List.of("0", "1", "2 – 3"), c.labels());
    assertEquals(1, c.notes().size());
    assertTrue(c.notes().get(0).contains("4 classes asked for, 3 classes made"));
  }

  @Test
  void fewerValuesThanClasses() {
    double[] x = {9, 5, 7};
    Classification q = Classifier.quantile(x, 5);
    assertEquals(3, q.classCount());
    assertArrayEquals(new int[] {1, 1, 1}, q.counts());
    Classification j = Classifier.jenks(x, 5);
    assertArrayEquals(new double[] {5, 5, 7, 9}, j.bounds(), EPS);
    assertArrayEquals(new int[] {1, 1, 1}, j.counts());
    assertFalse(j.notes().isEmpty());
    Classification e = Classifier.equalInterval(x, 5);
    assertEquals(5, e.classCount()); // equal intervals may be empty
    assertEquals(3, Arrays.stream(e.counts()).sum());
  }

  @Test
  void allEqualValuesGiveOneClass() {
    double[] x = {4, 4, 4, 4};
    for (ClassificationMethod m :
        List.of(
            ClassificationMethod.QUANTILE,
            ClassificationMethod.EQUAL_INTERVAL,
            ClassificationMethod.JENKS,
            ClassificationMethod.STANDARD_DEVIATION)) {
      Classification c = Classifier.classify(m, x, 5);
      assertEquals(1, c.classCount(), m.name());
      assertArrayEquals(new int[] {4}, c.counts(), m.name());
      assertEquals(List.of("4"), c.labels(), m.name());
    }
  }

  @Test
  void noDataIsASeparateClassAndDoesNotMoveBreaks() {
    double[] x = {1, Double.NaN, 2, 3, Double.POSITIVE_INFINITY, 4};
    Classification c = Classifier.equalInterval(x, 3);
    assertEquals(2, c.noDataCount());
    assertEquals(Classification.NO_DATA, c.classOfIndex(1));
    assertEquals(Classification.NO_DATA, c.classOf(Double.NaN));
    assertArrayEquals(new double[] {1, 2, 3, 4}, c.bounds(), EPS);
    assertEquals(4, Arrays.stream(c.counts()).sum());
    assertEquals("No data", c.noDataLabel());
    Classification none = Classifier.jenks(new double[] {Double.NaN, Double.NaN}, 4);
    assertEquals(0, none.classCount());
    assertEquals(2, none.noDataCount());
  }

  @Test
  void equalIntervalByHand() {
    double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    Classification c = Classifier.equalInterval(x, 5);
    assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, c.bounds(), EPS);
    assertArrayEquals(new int[] {3, 2, 2, 2, 2}, c.counts());
    assertEquals(List.of("0 – 2", "3 – 4", "5 – 6", "7 – 8", "9 – 10"), c.labels());
  }

  @Test
  void standardDeviationByHand() {
    double[] x = {2, 4, 4, 4, 5, 5, 7, 9}; // mean 5, population SD 2
    Classification one = Classifier.standardDeviation(x, 1.0);
    // breaks at 5 ± 1 SD/2 and on by 1 SD: 4, 6, 8
    assertArrayEquals(new double[] {2, 4, 6, 8, 9}, one.bounds(), EPS);
    assertArrayEquals(new int[] {4, 2, 1, 1}, one.counts());
    assertTrue(one.notes().get(0).contains("Mean 5"));
    Classification half = Classifier.standardDeviation(x, 0.5);
    assertArrayEquals(new double[] {2, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9}, half.bounds(), EPS);
    assertArrayEquals(new int[] {1, 0, 3, 2, 0, 1, 0, 1}, half.counts());
    assertThrows(IllegalArgumentException.class, () -> Classifier.standardDeviation(x, 2));
  }

  @Test
  void manualBreaksExtendToTheData() {
    Classification c = Classifier.manual(new double[] {-1, 3, 5, 12}, new double[] {0, 5, 10});
    assertArrayEquals(new double[] {-1, 5, 12}, c.bounds(), EPS);
    assertArrayEquals(new int[] {3, 1}, c.counts());
    assertEquals(2, c.notes().size());
    assertThrows(
        IllegalArgumentException.class,
        () -> Classifier.manual(new double[] {1}, new double[] {3}));
  }

  @Test
  void decimalLabelsTellBoundsApart() {
    double[] x = {0.12, 0.15, 0.31, 0.44, 0.52, 0.9};
    Classification c = Classifier.equalInterval(x, 3);
    assertEquals(List.of("0.120 – 0.380", "0.380 – 0.640", "0.640 – 0.900"), c.labels());
  }

  @Test
  void goodnessOfVarianceFitIsOneForSeparatedClusters() {
    Classification c = Classifier.jenks(new double[] {1, 1, 1, 50, 50, 100, 100}, 3);
    assertEquals(1.0, c.goodnessOfVarianceFit(), 1e-12);
  }

  @Test
  void badClassCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Classifier.quantile(new double[] {1}, 0));
    assertThrows(IllegalArgumentException.class, () -> Classifier.jenks(new double[] {1}, 21));
    assertThrows(
        IllegalArgumentException.class,
        () -> Classifier.classify(ClassificationMethod.MANUAL, new double[] {1}, 3));
  }

  private static double withinSsq(double[] x, int[] cls, int k) {
    double[] s = new double[k];
    int[] n = new int[k];
    for (int i = 0; i < x.length; i++) {
      s[cls[i]] += x[i];
      n[cls[i]]++;
    }
    double t = 0;
    for (int i = 0; i < x.length; i++) {
      double d = x[i] - s[cls[i]] / n[cls[i]];
      t += d * d;
    }
    return t;
  }

  /** Best total SSQ over all partitions of the sorted values into at most k contiguous groups. */
  private static double bruteForceBest(double[] data, int k) {
    double[] x = data.clone();
    Arrays.sort(x);
    int n = x.length;
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < (1 << (n - 1)); mask++) {
      if (Integer.bitCount(mask) > k - 1) {
        continue;
      }
      // a cut after position i is only allowed between different values (ties never split)
      boolean ok = true;
      for (int i = 0; i < n - 1; i++) {
        if ((mask >> i & 1) == 1 && x[i] == x[i + 1]) {
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      double t = 0;
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (i == n - 1 || (mask >> i & 1) == 1) {
          double m = 0;
          for (int j = start; j <= i; j++) {
            m += x[j];
          }
          m /= i - start + 1;
          for (int j = start; j <= i; j++) {
            t += (x[j] - m) * (x[j] - m);
          }
          start = i + 1;
        }
      }
      best = Math.min(best, t);
    }
    return best;
  }
}
