package org.wardflow.ui.compare;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.io.VruList;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;
import org.wardflow.ui.map.MapTarget;

/**
 * What the comparison view is built from.
 *
 * @param geography wards and schools
 * @param cyp the published CYP table (observable: the view re-ranks when it is republished)
 * @param allPupils the published all-pupils table, weights of the exposure index (its value may be
 *     null)
 * @param indicators ward indicators the exposure index can use (may be empty)
 * @param list the VRU list shown at start, or null (the user opens one)
 * @param selection the selection shared with the rest of the app
 */
public record ComparisonInputs(
    Geography geography,
    ObservableValue<PublishedTable> cyp,
    ObservableValue<PublishedTable> allPupils,
    List<WardIndicator> indicators,
    VruList list,
    ObjectProperty<MapTarget> selection) {

  /** Checks for nulls and fills in optional parts. */
  public ComparisonInputs {
    Objects.requireNonNull(geography, "geography");
    Objects.requireNonNull(cyp, "cyp");
    allPupils = allPupils == null ? new SimpleObjectProperty<>() : allPupils;
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    selection = selection == null ? new SimpleObjectProperty<>() : selection;
  }

  /** A copy with another list. */
  public ComparisonInputs withList(VruList l) {
    return new ComparisonInputs(geography, cyp, allPupils, indicators, l, selection);
  }

  /**
   * The built-in demo: the FICTIONAL city, its SYNTHETIC tables published under the default
   * disclosure policy, its ward indicators and its FICTIONAL VRU list.
   */
  public static ComparisonInputs demo() {
    DemoData d = DemoData.load();
    PublishedTable cyp = DisclosureGate.publish(d.cyp(), FlowFilter.ALL, DisclosurePolicy.DEFAULT);
    PublishedTable pupils =
        DisclosureGate.publish(d.pupils(), FlowFilter.ALL, DisclosurePolicy.DEFAULT);
    return new ComparisonInputs(
        d.geography(),
        new SimpleObjectProperty<>(cyp),
        new SimpleObjectProperty<>(pupils),
        d.indicators(),
        demoList(d),
        new SimpleObjectProperty<>());
  }

  /** The demo's FICTIONAL VRU list (lines numbered as in the CSV the demo writes). */
  public static VruList demoList(DemoData d) {
    return d.vruList();
  }
}
