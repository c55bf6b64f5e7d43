package org.wardflow.disclosure;

/**
 * Remembers the components of hidden cells that have passed the audit, by a 128-bit signature of
 * everything their residual network depends on (hidden cell ids — counts are fixed per prepared
 * table —, free totals, protected totals, protection level). A component with a remembered
 * signature has exactly the same feasible intervals, so it passes again without being solved.
 * Primitive open addressing; bounded (cleared when full).
 */
final class AuditCache {
  private static final int MAX = 1 << 20;
  private long[] a = new long[1024];
  private long[] b = new long[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  synchronized boolean contains(long sa, long sb) {
    int mask = a.length - 1;
    for (int i = (int) (mix(sa ^ sb) & mask); used[i]; i = (i + 1) & mask) {
      if (a[i] == sa && b[i] == sb) {
        return true;
      }
    }
    return false;
  }

  synchronized void add(long sa, long sb) {
    if (size >= MAX) {
      clear();
    }
    if ((size + 1) * 2 > a.length) {
      grow();
    }
    insert(sa, sb);
  }

  private void insert(long sa, long sb) {
    int mask = a.length - 1;
    int i = (int) (mix(sa ^ sb) & mask);
    while (used[i]) {
      if (a[i] == sa && b[i] == sb) {
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    a[i] = sa;
    b[i] = sb;
    size++;
  }

  private void grow() {
    long[] oa = a;
    long[] ob = b;
    boolean[] ou = used;
    a = new long[oa.length * 2];
    b = new long[oa.length * 2];
    used = new boolean[oa.length * 2];
    size = 0;
    for (int i = 0; i < oa.length; i++) {
      if (ou[i]) {
        insert(oa[i], ob[i]);
      }
    }
  }

  synchronized void clear() {
    a = new long[1024];
    b = new long[1024];
    used = new boolean[1024];
    size = 0;
  }

  synchronized int size() {
    return size;
  }

  /** SplitMix64 finaliser: a strong 64-bit mixer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
