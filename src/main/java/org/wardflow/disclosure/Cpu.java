package org.wardflow.disclosure;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The clock of the second set of phase timings ({@link PreparedTable#lastCpuTimings()}): wall time
 * unless a benchmark installs a per-thread CPU clock (wall time on a shared machine says little).
 * The application itself does not need {@code java.management}, so it stays out of this package.
 */
final class Cpu {
  private static volatile LongSupplier clock = System::nanoTime;

  private Cpu() {}

  static void use(LongSupplier c) {
    clock = Objects.requireNonNull(c, "clock");
  }

  /** Nanoseconds on the installed clock. */
  static long now() {
    return clock.getAsLong();
  }
}
