package org.wardflow.analysis;

/** String similarity measures for fuzzy school-name matching. */
public final class StringSimilarity {
  private StringSimilarity() {}

  /**
   * Jaro similarity (Jaro 1989): 0 (nothing in common) to 1 (equal).
   *
   * @param a first string
   * @param b second string
   */
  public static double jaro(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!mb[j] && a.charAt(i) == b.charAt(j)) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int t = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          t++;
        }
        k++;
      }
    }
    double m = matches;
    return (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
  }

  /**
   * Jaro–Winkler similarity (Winkler 1990) with prefix scale 0.1 and a common prefix of up to 4
   * characters: e.g. MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813.
   */
  public static double jaroWinkler(String a, String b) {
    double j = jaro(a, b);
    int prefix = 0;
    int max = Math.min(4, Math.min(a.length(), b.length()));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return j + prefix * 0.1 * (1 - j);
  }
}
