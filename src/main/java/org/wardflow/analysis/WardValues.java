package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

/**
 * The value of a {@link WardMeasure} for every ward of a layer, from published figures only: the
 * published ward totals (a ward absent from the table is a published zero), children per ward from
 * a population file for rates, the published grand total for shares.
 *
 * <p>A ward whose published total is hidden is <em>suppressed</em> (drawn hatched, no value); a
 * ward whose rate cannot be computed (no children figure, or zero children) has <em>no data</em>
 * (NaN). Rates and shares use the published (possibly rounded) totals; when the grand total is not
 * published, shares are of the sum of the published ward totals, and a note says so.
 *
 * @param measure the measure
 * @param values value per ward code, in layer order; NaN for no data; absent for suppressed wards
 * @param suppressed wards whose published total is hidden
 * @param notes plain-language notes on how the values were found
 */
public record WardValues(
    WardMeasure measure, Map<String, Double> values, Set<String> suppressed, List<String> notes) {

  /** Freezes the collections (keeping order). */
  public WardValues {
    Objects.requireNonNull(measure, "measure");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    suppressed = Collections.unmodifiableSet(new LinkedHashSet<>(suppressed));
    notes = List.copyOf(notes);
  }

  /**
   * Computes a measure for every ward of a layer.
   *
   * @param table the published CYP table
   * @param measure what to compute
   * @param wards the wards to compute it for
   * @param children children aged 0–15 per ward; required for {@link
   *     WardMeasure#RATE_PER_1000_CHILDREN}, ignored otherwise
   * @return the values
   * @throws IllegalArgumentException when a rate is asked for without children
   */
  public static WardValues of(
      PublishedTable table, WardMeasure measure, WardLayer wards, WardIndicator children) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(wards, "wards");
    if (measure.needsChildren() && children == null) {
      throw new IllegalArgumentException(
          "the rate per 1,000 children needs children per ward (a ward population file)");
    }
    List<String> notes = new ArrayList<>();
    if (!table.policy().publishWardTotals()) {
      notes.add("Ward totals are not published under this policy, so every ward is hidden.");
    }
    double denominator = Double.NaN;
    if (measure == WardMeasure.SHARE) {
      PublishedValue g = table.grandTotal();
      if (g.isPublished()) {
        denominator = g.value();
      } else {
        double sum = 0;
        for (int r = 0; r < table.wardCodes().size(); r++) {
          PublishedValue v = table.wardTotal(r);
          if (v.isPublished()) {
            sum += v.value();
          }
        }
        denominator = sum;
        notes.add(
            "The grand total is not published: shares are of the sum of the published ward"
                + " totals.");
      }
    }
    Map<String, Double> values = new LinkedHashMap<>();
    Set<String> suppressed = new LinkedHashSet<>();
    int noChildren = 0;
    for (Ward w : wards.wards()) {
      PublishedValue v = table.wardTotal(w.code());
      if (!v.isPublished()) {
        suppressed.add(w.code());
        continue;
      }
      double x = v.value();
      switch (measure) {
        case COUNT -> values.put(w.code(), x);
        case RATE_PER_1000_CHILDREN -> {
          OptionalDouble c = children.valueOf(w.code());
          if (c.isEmpty() || !(c.getAsDouble() > 0)) {
            noChildren++;
            values.put(w.code(), Double.NaN);
          } else {
            values.put(w.code(), x / c.getAsDouble() * 1000.0);
          }
        }
        case SHARE -> values.put(w.code(), denominator > 0 ? x / denominator * 100.0 : Double.NaN);
      }
    }
    if (noChildren > 0) {
      notes.add(
          noChildren
              + (noChildren == 1 ? " ward has" : " wards have")
              + " no children figure (or zero children) in "
              + children.name()
              + ": shown as no data.");
    }
    if (table.policy().roundingBase() > 0 && measure != WardMeasure.COUNT) {
      notes.add(
          "Computed from ward totals rounded to the nearest "
              + table.policy().roundingBase()
              + ".");
    }
    return new WardValues(measure, values, suppressed, notes);
  }

  /** The values as an array in the layer's ward order, NaN for suppressed and no-data wards. */
  public double[] toArray(WardLayer wards) {
    double[] a = new double[wards.size()];
    for (int i = 0; i < a.length; i++) {
      Double v = values.get(wards.wards().get(i).code());
      a[i] = v == null ? Double.NaN : v;
    }
    return a;
  }
}
