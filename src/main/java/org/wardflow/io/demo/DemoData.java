package org.wardflow.io.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListEntry;
import org.wardflow.io.synth.SyntheticFlowGenerator;
import org.wardflow.io.synth.SyntheticFlows;
import org.wardflow.io.synth.SyntheticParameters;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.WardIndicator;

/**
 * Everything the app needs for the built-in demo, in memory: the FICTIONAL city of {@value
 * DemoNames#CITY} (wards, schools, population and children), its SYNTHETIC pupil and CYP flow
 * tables, and a FICTIONAL VRU priority list. Generated deterministically from {@link #SEED} (about
 * a second), so the app needs no files; {@link DemoFiles} writes the same content to {@code maps/}.
 *
 * @param geography the fictional wards and schools (labelled FICTIONAL)
 * @param population usual residents per ward (FICTIONAL)
 * @param children children aged 0–15 per ward (FICTIONAL)
 * @param flows the SYNTHETIC pupil and CYP tables, the true rate and the generator's report
 * @param vruList the FICTIONAL VRU priority list, tier 1 first (as read from {@link DemoFiles#VRU})
 */
public record DemoData(
    Geography geography,
    WardIndicator population,
    WardIndicator children,
    SyntheticFlows flows,
    VruList vruList) {

  /** The seed of the built-in demo. */
  public static final long SEED = 20_250_611L;

  /** Mean rate of CYP involved in violence per 1,000 secondary-age pupils in the demo. */
  static final double DEMO_RATE = 48.0;

  private static volatile DemoData cached;

  /** Checks the list. */
  public DemoData {
    java.util.Objects.requireNonNull(vruList, "vruList");
  }

  /** The built-in demo (generated once, then cached). */
  public static DemoData load() {
    DemoData d = cached;
    if (d == null) {
      synchronized (DemoData.class) {
        d = cached;
        if (d == null) {
          d = generate(SEED);
          cached = d;
        }
      }
    }
    return d;
  }

  /** The synthetic generator's parameters used for a demo seed. */
  public static SyntheticParameters parameters(long seed) {
    return SyntheticParameters.DEFAULT.withSeed(seed).withCypRate(DEMO_RATE);
  }

  /**
   * Generates a demo city for any seed (the built-in one is {@link #SEED}).
   *
   * @param seed random seed
   * @return the demo data
   */
  public static DemoData generate(long seed) {
    FictionalCityGenerator.City city = FictionalCityGenerator.generate(seed);
    SyntheticFlows flows =
        SyntheticFlowGenerator.generate(
            city.geography(), city.children(), city.population(), parameters(seed));
    VruList list = vruList(city.geography(), flows.cyp(), seed);
    return new DemoData(city.geography(), city.population(), city.children(), flows, list);
  }

  /** The SYNTHETIC all-pupils table. */
  public FlowTable pupils() {
    return flows.pupils();
  }

  /** The SYNTHETIC table of CYP involved in violence. */
  public FlowTable cyp() {
    return flows.cyp();
  }

  /** Ward indicators for choropleths: population, children and the SYNTHETIC true rate. */
  public List<WardIndicator> indicators() {
    return List.of(population, children, flows.trueRate());
  }

  /**
   * A FICTIONAL VRU list that overlaps only partly with the schools the synthetic CYP table would
   * rank highest: some of the top schools, some from lower down, the pupil referral unit, in tiers
   * that do not follow the ranking — so the side-by-side comparison has something to show.
   */
  static VruList vruList(Geography geo, FlowTable cyp, long seed) {
    RandomGenerator rng = new Well19937c(seed ^ 0x5652554C4953L);
    CountMatrix m = cyp.matrix(FlowFilter.ALL);
    long[] totals = m.columnTotals();
    Map<String, Long> byUrn = new LinkedHashMap<>();
    for (int j = 0; j < m.columns(); j++) {
      byUrn.put(m.schoolUrns().get(j), totals[j]);
    }
    List<School> ranked = new ArrayList<>();
    School pru = null;
    for (School s : geo.schools().schools()) {
      if (s.type().toLowerCase(java.util.Locale.ROOT).contains("pupil referral")) {
        pru = s;
      } else if (s.phase() != Phase.PRIMARY) {
        ranked.add(s);
      }
    }
    ranked.sort(
        Comparator.comparingLong((School s) -> -byUrn.getOrDefault(s.urn(), 0L))
            .thenComparing(School::urn));
    List<School> chosen = new ArrayList<>();
    List<School> top = new ArrayList<>(ranked.subList(0, Math.min(7, ranked.size())));
    for (int k = 0; k < 4 && !top.isEmpty(); k++) {
      chosen.add(top.remove(rng.nextInt(top.size())));
    }
    List<School> lower =
        new ArrayList<>(ranked.subList(Math.min(10, ranked.size()), ranked.size()));
    for (int k = 0; k < 4 && !lower.isEmpty(); k++) {
      chosen.add(lower.remove(rng.nextInt(lower.size())));
    }
    // two primaries with many pupils (a list built from other knowledge, not from this table)
    List<School> primaries = new ArrayList<>();
    for (School s : geo.schools().schools()) {
      if (s.phase() == Phase.PRIMARY && s.pupils() >= 500) {
        primaries.add(s);
      }
    }
    for (int k = 0; k < 2 && !primaries.isEmpty(); k++) {
      chosen.add(primaries.remove(rng.nextInt(primaries.size())));
    }
    if (pru != null) {
      chosen.add(pru);
    }
    int[] tiers = new int[chosen.size()];
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = i < 3 ? 1 : i < 7 ? 2 : 3;
    }
    // shuffle tiers so they do not follow the ranking (Fisher–Yates on the seeded generator)
    for (int i = tiers.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = tiers[i];
      tiers[i] = tiers[j];
      tiers[j] = t;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt((Integer i) -> tiers[i]).thenComparing(i -> chosen.get(i).name()));
    // entries as the CSV that DemoFiles writes holds them: header on line 1
    List<VruListEntry> out = new ArrayList<>();
    int line = 2;
    for (int i : order) {
      School s = chosen.get(i);
      out.add(
          new VruListEntry(
              line++,
              s.urn(),
              s.name(),
              "",
              "",
              java.util.OptionalInt.empty(),
              Integer.toString(tiers[i]),
              ""));
    }
    return new VruList(
        java.nio.file.Path.of(DemoFiles.VRU),
        new DatasetInfo(
            "Demo VRU list", "built-in demo (FICTIONAL)", "", true, false, java.util.Map.of()),
        out);
  }
}
