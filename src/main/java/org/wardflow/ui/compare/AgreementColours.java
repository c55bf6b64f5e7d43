package org.wardflow.ui.compare;

import java.util.Map;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.ListComparison.Agreement;
import org.wardflow.analysis.Palette;

/**
 * Colours of the agreement categories, from ColorBrewer's qualitative Dark2 scheme at three classes
 * (rated colour-blind safe by ColorBrewer at that size), and the colours of the "where its CYP come
 * from" ward fills (ColorBrewer sequential). ARGB ints, as the analysis layer uses.
 */
public final class AgreementColours {
  /** The qualitative scheme the agreement colours come from. */
  public static final Palette QUALITATIVE = ColorBrewer.get("Dark2");

  /** The sequential scheme of the CYP-source ward fills. */
  public static final Palette SOURCE_FILLS = ColorBrewer.get("Blues");

  /** Schools in neither group, drawn for context: a light neutral grey. */
  public static final int OTHER = 0xffb9bec6;

  private static final int[] DARK2 = QUALITATIVE.colors(3);

  private static final Map<Agreement, Integer> BY_AGREEMENT =
      Map.of(
          Agreement.BOTH, DARK2[0],
          Agreement.ANALYSIS_ONLY, DARK2[1],
          Agreement.LIST_ONLY, DARK2[2]);

  private AgreementColours() {}

  /** The colour of a category (ARGB). */
  public static int of(Agreement a) {
    return BY_AGREEMENT.get(a);
  }

  /** Plain-language label of a category, e.g. "On both". */
  public static String label(Agreement a) {
    return switch (a) {
      case BOTH -> "On both";
      case LIST_ONLY -> "List only";
      case ANALYSIS_ONLY -> "Analysis only";
    };
  }

  /** {@code #rrggbb} of an ARGB colour, for CSS. */
  public static String css(int argb) {
    return Palette.hex(argb);
  }
}
