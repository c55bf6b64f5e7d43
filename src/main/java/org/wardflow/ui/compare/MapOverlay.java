package org.wardflow.ui.compare;

import java.util.List;
import java.util.Map;
import org.wardflow.analysis.ListComparison.Agreement;
import org.wardflow.render.WardFills;

/**
 * What the comparison maps draw besides the geography, as an immutable snapshot taken on the FX
 * thread and read by the painters: each school's agreement category and its label (rank or tier),
 * and the selected school's CYP-source ward fills.
 *
 * @param listUrns schools on the VRU list (accepted matches), in list order
 * @param topKUrns the analysis's top k, in rank order
 * @param agreement category per URN (schools in either group)
 * @param listLabels short label per list school (e.g. "T1")
 * @param rankLabels short label per top-k school (its rank)
 * @param sourceFills ward fills showing where the selected school's CYP come from (published
 *     figures; hidden cells hatched), or {@link WardFills#NONE}
 */
public record MapOverlay(
    List<String> listUrns,
    List<String> topKUrns,
    Map<String, Agreement> agreement,
    Map<String, String> listLabels,
    Map<String, String> rankLabels,
    WardFills sourceFills) {

  /** Nothing to show yet. */
  public static final MapOverlay EMPTY =
      new MapOverlay(List.of(), List.of(), Map.of(), Map.of(), Map.of(), WardFills.NONE);

  /** Freezes the collections. */
  public MapOverlay {
    listUrns = List.copyOf(listUrns);
    topKUrns = List.copyOf(topKUrns);
    agreement = Map.copyOf(agreement);
    listLabels = Map.copyOf(listLabels);
    rankLabels = Map.copyOf(rankLabels);
    sourceFills = sourceFills == null ? WardFills.NONE : sourceFills;
  }
}
