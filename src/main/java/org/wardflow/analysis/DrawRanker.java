package org.wardflow.analysis;

import java.util.SplittableRandom;

/**
 * Ranks the values of one simulation draw (1 = highest) with ties in random order, by an LSD radix
 * sort of 32-bit keys (values compared as floats: values equal to about 7 significant figures are
 * ties). Reuses its buffers; not thread-safe.
 */
final class DrawRanker {
  private final int n;
  private int[] keys;
  private int[] idx;
  private int[] keys2;
  private int[] idx2;
  private final int[] count = new int[257];

  DrawRanker(int n) {
    this.n = n;
    keys = new int[n];
    idx = new int[n];
    keys2 = new int[n];
    idx2 = new int[n];
  }

  /** Writes the rank of v[i] to out[base + i]. */
  void rank(double[] v, SplittableRandom rng, int[] out, int base) {
    for (int i = 0; i < n; i++) {
      float f = (float) v[i];
      int bits = Float.floatToIntBits(f == 0f ? 0f : f);
      // ascending unsigned order of values, complemented so that the largest value comes first
      keys[i] = ~(bits ^ ((bits >> 31) | 0x80000000));
      idx[i] = i;
    }
    for (int shift = 0; shift < 32; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[((keys[i] >>> shift) & 0xff) + 1]++;
      }
      if (count[((keys[0] >>> shift) & 0xff) + 1] == n) {
        continue; // every key has the same digit: nothing to do in this pass
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < n; i++) {
        int d = (keys[i] >>> shift) & 0xff;
        int at = count[d]++;
        keys2[at] = keys[i];
        idx2[at] = idx[i];
      }
      int[] t = keys;
      keys = keys2;
      keys2 = t;
      t = idx;
      idx = idx2;
      idx2 = t;
    }
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && keys[j] == keys[i]) {
        j++;
      }
      int len = j - i;
      for (int t = len - 1; t > 0; t--) {
        int s = Sampling.below(rng, t + 1);
        int tmp = idx[i + t];
        idx[i + t] = idx[i + s];
        idx[i + s] = tmp;
      }
      for (int t = 0; t < len; t++) {
        out[base + idx[i + t]] = i + 1 + t;
      }
      i = j;
    }
  }
}
