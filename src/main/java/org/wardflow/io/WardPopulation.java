package org.wardflow.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

/**
 * Resident population by ward (e.g. the Census 2021 derived ward file): children ("Aged 15 years
 * and under"), all usual residents, and every age group, as {@link WardIndicator}s keyed by ward
 * code.
 *
 * @param children residents aged 15 and under
 * @param total all usual residents
 * @param ageGroups every age-group column, in file order
 */
public record WardPopulation(
    WardIndicator children, WardIndicator total, List<WardIndicator> ageGroups) {
  private static final Pattern CHILDREN =
      Pattern.compile(
          "(?i).*(aged\\s*15\\s*(years)?\\s*and\\s*under|aged\\s*0\\s*(to|-)\\s*15|children).*");
  private static final Pattern TOTAL =
      Pattern.compile("(?i).*(total|all\\s*usual\\s*residents|all\\s*persons|all\\s*people).*");
  private static final Pattern AGE = Pattern.compile("(?i)^\\s*aged\\b.*");

  /** Checks for nulls and freezes the list. */
  public WardPopulation {
    Objects.requireNonNull(children, "children");
    Objects.requireNonNull(total, "total");
    ageGroups = List.copyOf(ageGroups);
  }

  /** Sum of all wards' total residents (no-data wards count as zero). */
  public double totalResidents() {
    return total.values().values().stream()
        .filter(v -> !v.isNaN())
        .mapToDouble(Double::doubleValue)
        .sum();
  }

  /**
   * Reads a ward population CSV: a ward code column, a children column ("Aged 15 years and under",
   * "Aged 0 to 15" or "children"), a total column ("total…", "All usual residents") — or, without
   * one, the sum of the "Aged …" columns — joined with a ward layer.
   *
   * @param file the CSV (never modified)
   * @param wards the layer to join with, or null
   * @param report receives the join result
   * @throws ImportException when the children column is missing or the CSV cannot be read
   */
  public static WardPopulation read(Path file, WardLayer wards, ImportReport report)
      throws ImportException {
    List<WardIndicator> all = WardIndicatorCsvReader.readAll(file, null, wards, report);
    WardIndicator children = null;
    WardIndicator total = null;
    List<WardIndicator> ages = new ArrayList<>();
    for (WardIndicator wi : all) {
      String n = wi.name();
      if (children == null && CHILDREN.matcher(n).matches()) {
        children = wi;
      }
      if (total == null && TOTAL.matcher(n).matches()) {
        total = wi;
      }
      if (AGE.matcher(n).matches()) {
        ages.add(wi);
      }
    }
    List<String> names = new ArrayList<>();
    all.forEach(w -> names.add(w.name()));
    if (children == null) {
      throw new ImportException(
          file,
          "Cannot read ward population from "
              + Texts.name(file)
              + ": no column of children was found (expected a column named like 'Aged 15 years"
              + " and under'). Its numeric columns are: "
              + Texts.abbreviate(names, 30)
              + ".");
    }
    if (total == null) {
      if (ages.size() < 2) {
        throw new ImportException(
            file,
            "Cannot read ward population from "
                + Texts.name(file)
                + ": no total column (e.g. 'total_usual_residents') and too few 'Aged …' columns"
                + " to add up. Its numeric columns are: "
                + Texts.abbreviate(names, 30)
                + ".");
      }
      Map<String, Double> sum = new LinkedHashMap<>();
      for (WardIndicator a : ages) {
        a.values().forEach((code, v) -> sum.merge(code, v, Double::sum));
      }
      DatasetInfo src = children.source();
      total =
          new WardIndicator(
              "All residents (sum of age groups)",
              "people",
              new DatasetInfo(
                  "All residents (sum of age groups)",
                  src.source(),
                  src.sha256(),
                  false,
                  false,
                  src.metadata()),
              sum);
      report.info(
          "", "no total column: total residents are the sum of " + ages.size() + " age groups");
    }
    report.info(
        "",
        "children from column '"
            + children.name()
            + "', total from '"
            + total.name()
            + "'; "
            + String.format(Locale.ROOT, "%,.0f", sumOf(total))
            + " residents in all");
    return new WardPopulation(
        people(children), people(total), ages.stream().map(WardPopulation::people).toList());
  }

  private static WardIndicator people(WardIndicator w) {
    return new WardIndicator(w.name(), "people", w.source(), w.values());
  }

  private static double sumOf(WardIndicator w) {
    double s = 0;
    for (double v : w.values().values()) {
      if (!Double.isNaN(v)) {
        s += v;
      }
    }
    return s;
  }
}
