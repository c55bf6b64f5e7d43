package org.wardflow.analysis;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

/** Small hand-made fixtures: schools, wards and published tables built through the gate. */
final class Fixtures {
  private Fixtures() {}

  /** No suppression, no rounding, everything published. */
  static final DisclosurePolicy OPEN = new DisclosurePolicy(0, 0, true, true, true, true, 0);

  static Point point(double x, double y) {
    return Crs.BNG_FACTORY.createPoint(new Coordinate(x, y));
  }

  static School school(String urn, String name, Phase phase, int pupils, String district) {
    return new School(
        urn, name, phase, "", true, pupils, point(400_000, 280_000), district, "", null);
  }

  static School schoolAt(String urn, double x, double y) {
    return new School(
        urn, "School " + urn, Phase.PRIMARY, "", true, 300, point(x, y), "", "", null);
  }

  static Ward ward(String code, double x, double y) {
    Point c = point(x, y);
    return new Ward(code, "Ward " + code, "", "", c.buffer(100), c, null);
  }

  static WardLayer wards(Ward... w) {
    return new WardLayer("wards", List.of(w));
  }

  static SchoolLayer schools(School... s) {
    return new SchoolLayer("schools", List.of(s));
  }

  /** Starts a table builder with plain (not synthetic) info. */
  static FlowTable.Builder table() {
    return FlowTable.builder(DatasetInfo.ofFile("test flows", "test", ""));
  }

  static PublishedTable publish(FlowTable.Builder b, DisclosurePolicy p) {
    return DisclosureGate.publish(b.build(), FlowFilter.ALL, p);
  }

  /** One ward sends {@code counts[i]} CYP to school {@code urns[i]}. */
  static PublishedTable oneWard(String[] urns, int[] counts, DisclosurePolicy p) {
    FlowTable.Builder b = table();
    for (int i = 0; i < urns.length; i++) {
      b.add("W1", urns[i], counts[i]);
    }
    return publish(b, p);
  }

  static WardIndicator indicator(String name, Map<String, Double> values) {
    return new WardIndicator(name, "per 1,000", DatasetInfo.ofFile(name, "test", ""), values);
  }

  static PublishedValue pub(int v) {
    return PublishedValue.published(v);
  }

  static PublishedValue primary() {
    return PublishedValue.hidden(org.wardflow.disclosure.CellStatus.SUPPRESSED_PRIMARY);
  }

  static PublishedValue secondary() {
    return PublishedValue.hidden(org.wardflow.disclosure.CellStatus.SUPPRESSED_SECONDARY);
  }

  static PublishedValue notPublished() {
    return PublishedValue.hidden(org.wardflow.disclosure.CellStatus.NOT_PUBLISHED);
  }
}
