package org.wardflow.cli;

import java.util.Set;
import org.wardflow.disclosure.DisclosurePolicy;

/**
 * The disclosure options shared by the commands that write published figures ({@code render},
 * {@code publish}, {@code rank}): {@code --k}, {@code --round} and, for {@code publish}, the zero
 * and totals switches. Everything a command writes is published under the resulting policy; a
 * threshold below the policy floor (5) is refused, because command-line outputs are exports.
 */
final class PolicyOptions {
  /** Options taking a value. */
  static final Set<String> VALUED = Set.of("k", "round");

  /** The zero and totals switches of {@code publish}. */
  static final Set<String> SWITCHES =
      Set.of("no-zeros", "no-ward-totals", "no-school-totals", "no-grand-total");

  /** Help lines for {@code --k} and {@code --round}. */
  static final String HELP =
      String.join(
          "\n",
          "  --k K          disclosure threshold: counts 1..K-1 are suppressed, with",
          "                 complementary suppression and an exact audit (default 5;",
          "                 5-20: outputs may not use a threshold below the floor of 5)",
          "  --round B      round published figures to the nearest B: 0 (none), 5 or 10",
          "                 (default 0); totals are rounded independently");

  private PolicyOptions() {}

  /**
   * The policy from the options.
   *
   * @param a parsed arguments
   * @param defaultK threshold when {@code --k} is absent
   * @throws UsageException on a threshold outside floor..20 or a rounding base other than 0, 5, 10
   */
  static DisclosurePolicy parse(Args a, int defaultK) {
    DisclosurePolicy base = DisclosurePolicy.DEFAULT;
    int k = a.getInt("k", defaultK);
    if (k > 20) {
      throw new UsageException("--k must be at most 20, was " + k);
    }
    if (k < base.floor()) {
      throw new UsageException(
          "--k "
              + k
              + " is below the floor of "
              + base.floor()
              + ": everything the command line writes is an export, and exports may not use a"
              + " threshold below the floor");
    }
    int round = a.getInt("round", 0);
    if (round != 0 && round != 5 && round != 10) {
      throw new UsageException("--round must be 0, 5 or 10, was " + round);
    }
    DisclosurePolicy p = base.withK(k).withRounding(round);
    if (a.has("no-zeros")) {
      p = p.withZeros(false);
    }
    p =
        p.withTotals(
            !a.has("no-ward-totals"), !a.has("no-school-totals"), !a.has("no-grand-total"));
    return p;
  }
}
