package org.wardflow.ui.export;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.map.MapScene;

/**
 * What the main window shows at the moment an export is asked for, taken on the FX thread so the
 * export can run in the background: the geography, the thematic map on screen (published tables
 * only), the frame's layers and selection, the map extent, and — as handles for the disclosure
 * gate, never read here — the raw tables with the filter, policy and publication ledger to publish
 * them through.
 *
 * @param geography wards and schools shown
 * @param thematic the thematic map on screen
 * @param frame layers (order and visibility), selection and content of the map frame
 * @param extent the map extent on screen (BNG metres)
 * @param cyp the raw CYP table handle, or null
 * @param flows the raw table handle the flow lines come from (may be {@code cyp}), or null
 * @param filter the sub-table published
 * @param policy the disclosure policy on screen
 * @param ledger the publication ledger exports are recorded in
 */
public record ViewSnapshot(
    Geography geography,
    ThematicMap thematic,
    MapScene frame,
    Envelope extent,
    FlowTable cyp,
    FlowTable flows,
    FlowFilter filter,
    DisclosurePolicy policy,
    PublicationLedger ledger) {

  /** Checks for nulls and copies the extent. */
  public ViewSnapshot {
    Objects.requireNonNull(geography, "geography");
    Objects.requireNonNull(thematic, "thematic");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(extent, "extent");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(ledger, "ledger");
    extent = new Envelope(extent);
  }

  /**
   * What the window shows now (call on the FX thread).
   *
   * @param vm the main window's view model
   * @return the snapshot
   * @throws IllegalStateException with a message for the user when there is no map to export yet
   */
  public static ViewSnapshot of(MainViewModel vm) {
    Geography g = vm.map().getGeography();
    ThematicMap t = vm.getThematic();
    if (g == null || t == null || t.input().geography() != g) {
      throw new IllegalStateException(
          "There is no map to export yet: wait until the map has been drawn.");
    }
    return new ViewSnapshot(
        g,
        t,
        vm.map().snapshot(),
        vm.map().getViewport().envelope(),
        vm.cypTableProperty().get(),
        vm.disclosure().flowTableProperty().get(),
        vm.filterProperty().get(),
        vm.policyProperty().get(),
        vm.ledgerProperty().get());
  }

  /** The extent (a copy: envelopes are mutable). */
  @Override
  public Envelope extent() {
    return new Envelope(extent);
  }
}
