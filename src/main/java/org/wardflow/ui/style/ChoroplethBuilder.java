package org.wardflow.ui.style;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.wardflow.analysis.Classification;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.Classifier;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.Palette;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.render.LegendClass;
import org.wardflow.render.WardFills;

/**
 * Computes the ward choropleth from a published table: the measure of every ward, its class and
 * colour. Pure and toolkit-free.
 *
 * <p>The basis of a ward is its published ward total or, with a school chosen, the published cell
 * for that ward and school ("where its CYP come from"). A hidden basis makes the ward suppressed
 * (hatched, "[c]") whatever the measure, so no measure can hint at a hidden figure; a figure the
 * policy does not publish (ward totals switched off, unpublished zeros) makes it no-data. Rates
 * divide the published (possibly rounded) figure by the children living in the ward; wards without
 * a child population are no-data. Shares divide by the published grand total (or the chosen
 * school's published total); when that is hidden no share can be given.
 */
public final class ChoroplethBuilder {
  private ChoroplethBuilder() {}

  /**
   * Builds the choropleth.
   *
   * @param geo the wards to colour
   * @param table the published CYP table, or null (no choropleth)
   * @param children children living in each ward (for rates), or null
   * @param settings measure, classification and palette
   * @param schoolUrn a school whose origin map to draw, or null for all schools
   * @param schoolName that school's name for the title (ignored without a school)
   * @return the choropleth
   */
  public static Choropleth build(
      Geography geo,
      PublishedTable table,
      WardIndicator children,
      ChoroplethSettings settings,
      String schoolUrn,
      String schoolName) {
    if (geo == null || table == null) {
      return Choropleth.NONE;
    }
    ChoroplethMeasure measure = settings.measure();
    List<String> notes = new ArrayList<>();
    boolean school = schoolUrn != null;
    PublishedValue denominator =
        measure != ChoroplethMeasure.SHARE
            ? PublishedValue.ZERO
            : school ? schoolTotal(table, schoolUrn) : table.grandTotal();
    boolean shareImpossible =
        measure == ChoroplethMeasure.SHARE
            && (!denominator.isPublished() || denominator.value() == 0);
    if (shareImpossible) {
      notes.add(
          school
              ? "No shares: this school's total is not published."
              : "No shares: the grand total is not published.");
    }
    if (measure == ChoroplethMeasure.RATE && children == null) {
      notes.add("No rates: load a ward population file with children per ward.");
    }
    if (!school && !table.policy().publishWardTotals()) {
      notes.add("Ward totals are not published under this policy, so wards have no value.");
    }

    List<Ward> wards = geo.wards().wards();
    double[] values = new double[wards.size()];
    WardValue.Kind[] kinds = new WardValue.Kind[wards.size()];
    PublishedValue[] bases = new PublishedValue[wards.size()];
    String[] reasons = new String[wards.size()];
    int noChildren = 0;
    for (int i = 0; i < wards.size(); i++) {
      String code = wards.get(i).code();
      PublishedValue basis = school ? table.get(code, schoolUrn) : wardTotal(table, code);
      bases[i] = basis;
      values[i] = Double.NaN;
      if (basis.isSuppressed()) {
        kinds[i] = WardValue.Kind.SUPPRESSED;
        continue;
      }
      kinds[i] = WardValue.Kind.NO_DATA;
      if (!basis.isPublished()) {
        reasons[i] = "not published";
        continue;
      }
      switch (measure) {
        case COUNT -> values[i] = basis.value();
        case RATE -> {
          OptionalDouble kids = children == null ? OptionalDouble.empty() : children.valueOf(code);
          if (kids.isPresent() && kids.getAsDouble() > 0) {
            values[i] = basis.value() * 1000.0 / kids.getAsDouble();
          } else {
            reasons[i] = "no child population";
            noChildren++;
          }
        }
        case SHARE -> {
          if (!shareImpossible) {
            values[i] = basis.value() * 100.0 / denominator.value();
          } else {
            reasons[i] = "total not published";
          }
        }
      }
      if (!Double.isNaN(values[i])) {
        kinds[i] = WardValue.Kind.VALUE;
      }
    }
    if (measure == ChoroplethMeasure.RATE && children != null && noChildren > 0) {
      notes.add(
          noChildren
              + (noChildren == 1 ? " ward has" : " wards have")
              + " no child population: no rate.");
    }

    Classification cls = null;
    int[] colours = new int[0];
    boolean safe = true;
    Palette palette = ColorBrewer.get(settings.palette());
    boolean anyValue = false;
    for (WardValue.Kind k : kinds) {
      anyValue |= k == WardValue.Kind.VALUE;
    }
    if (anyValue) {
      cls = classify(settings, values, notes);
      int n = cls.classCount();
      colours = colours(palette, n);
      safe = palette.colorBlindSafe(Math.min(Math.max(1, n), palette.maxClasses()));
      notes.addAll(cls.notes());
    }

    Map<String, WardValue> out = new LinkedHashMap<>();
    Map<String, Integer> argb = new HashMap<>();
    Set<String> suppressed = new HashSet<>();
    Set<String> noData = new HashSet<>();
    for (int i = 0; i < wards.size(); i++) {
      String code = wards.get(i).code();
      int c = -1;
      String text;
      switch (kinds[i]) {
        case VALUE -> {
          c = cls.classOfIndex(i);
          argb.put(code, colours[Math.max(0, c)]);
          text = format(measure, values[i]);
        }
        case SUPPRESSED -> {
          suppressed.add(code);
          text = bases[i].label(table.policy().k());
        }
        default -> {
          noData.add(code);
          text = "no data" + (reasons[i] == null ? "" : " (" + reasons[i] + ")");
        }
      }
      out.put(code, new WardValue(code, kinds[i], values[i], bases[i], text, c));
    }
    List<LegendClass> legend = new ArrayList<>();
    if (cls != null) {
      List<String> labels = cls.labels();
      for (int c = 0; c < cls.classCount(); c++) {
        legend.add(new LegendClass(colours[c], legendLabel(measure, labels.get(c)), cls.count(c)));
      }
    }
    String title =
        school
            ? (measure == ChoroplethMeasure.SHARE
                    ? "Share of its CYP (%)"
                    : measure == ChoroplethMeasure.RATE
                        ? "Its CYP per 1,000 children"
                        : "Its CYP by home ward")
                + " — "
                + schoolName
            : measure.legendTitle();
    return new Choropleth(
        title,
        measure,
        schoolUrn,
        out,
        cls,
        new WardFills(argb, suppressed, noData),
        legend,
        safe,
        notes);
  }

  /**
   * The released total of a ward: as published, or "not published" when the policy publishes no
   * ward totals (also for wards absent from the table, whose zero would otherwise show).
   */
  public static PublishedValue wardTotal(PublishedTable t, String code) {
    return t.policy().publishWardTotals()
        ? t.wardTotal(code)
        : PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
  }

  /** The released total of a school, like {@link #wardTotal}. */
  public static PublishedValue schoolTotal(PublishedTable t, String urn) {
    return t.policy().publishSchoolTotals()
        ? t.schoolTotal(urn)
        : PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
  }

  private static Classification classify(
      ChoroplethSettings s, double[] values, List<String> notes) {
    if (s.method() == ClassificationMethod.MANUAL) {
      double[] b = s.manualBreaks().stream().mapToDouble(Double::doubleValue).toArray();
      if (b.length >= 2) {
        try {
          return Classifier.manual(values, b);
        } catch (IllegalArgumentException e) {
          notes.add("Manual breaks not used (" + e.getMessage() + "); natural breaks shown.");
        }
      } else {
        notes.add("Enter at least two manual breaks; natural breaks shown until then.");
      }
      return Classifier.classify(ClassificationMethod.JENKS, values, s.classes());
    }
    return Classifier.classify(s.method(), values, s.classes());
  }

  /**
   * The palette's colours for n classes; beyond the palette's largest scheme the largest one is
   * spread over the classes.
   */
  static int[] colours(Palette p, int n) {
    if (n <= 0) {
      return new int[0];
    }
    if (n <= p.maxClasses()) {
      return p.colors(n);
    }
    int[] all = p.colors(p.maxClasses());
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = all[(int) Math.round(i * (all.length - 1) / (double) (n - 1))];
    }
    return out;
  }

  /** A mapped value as text: {@code 23}, {@code 4.1 per 1,000 children}, {@code 2.3%}. */
  public static String format(ChoroplethMeasure m, double v) {
    return switch (m) {
      case COUNT -> grouped(v);
      case RATE -> decimal(v) + " per 1,000 children";
      case SHARE -> decimal(v) + "%";
    };
  }

  /** A mapped value as a bare figure for lists: {@code 23}, {@code 4.1}, {@code 2.3%}. */
  public static String formatShort(ChoroplethMeasure m, double v) {
    return switch (m) {
      case COUNT -> grouped(v);
      case RATE -> decimal(v);
      case SHARE -> decimal(v) + "%";
    };
  }

  private static String legendLabel(ChoroplethMeasure m, String label) {
    return m == ChoroplethMeasure.SHARE ? label + "%" : label;
  }

  private static String grouped(double v) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
  }

  private static String decimal(double v) {
    return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
  }
}
