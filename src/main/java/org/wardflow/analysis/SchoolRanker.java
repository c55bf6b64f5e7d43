package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.School;
import org.wardflow.model.WardIndicator;

/**
 * Ranks schools by a measure computed from published figures, with rank intervals by simulation.
 *
 * <h2>Measures</h2>
 *
 * <ul>
 *   <li>CYP attending: the published school total; when it is hidden, the published cells plus the
 *       midpoints of the hidden cells' bounds, adjusted with the other hidden totals so that all
 *       school totals add up to the published grand total (marked estimated; {@link SchoolTotals}).
 *   <li>Rate per 100 pupils: CYP attending / GIAS pupils × 100 (schools with no pupil count are not
 *       ranked); optionally smoothed by {@link EmpiricalBayes}.
 *   <li>Exposure index: Σ<sub>w</sub> a<sub>ws</sub> x<sub>w</sub> / Σ<sub>w</sub> a<sub>ws</sub>
 *       over the wards w with an indicator value x<sub>w</sub>, a<sub>ws</sub> the published
 *       all-pupils flow from ward w to school s (hidden cells at their midpoints); the CYP flows
 *       are used as weights when no all-pupils table is given (and a note says so).
 * </ul>
 *
 * <h2>Uncertainty</h2>
 *
 * In each of {@code draws} simulation draws (seeded): every figure that is not known exactly is
 * drawn — hidden cells uniformly within their {@link HiddenCellBounds} (what the publication alone
 * allows), hidden school totals then adjusted together to the published grand total, rounded
 * figures uniformly among the values that round to them — and counts get Poisson noise (the count
 * observed is one realisation of an underlying rate: y* ~ Poisson(y)). With smoothing, the rate is
 * instead drawn from its gamma posterior Gamma(α + y, β + e). The exposure index gets no Poisson
 * noise: its weights are a census of pupils, so only hidden and rounded cells vary (the indicator's
 * own uncertainty is not known here). Schools are ranked in each draw, ties in random order; a
 * school's interval runs from the (1 − level)/2 to the (1 + level)/2 quantile of its ranks, widened
 * if need be to include its rank.
 *
 * <h2>Tie groups</h2>
 *
 * In rank order, each school joins the group of the school that leads the current group unless the
 * leader ranks above it in at least {@code level} of the draws (90% by default): such schools
 * cannot be told apart. Schools with equal values are always in one group.
 */
public final class SchoolRanker {
  /** Draws are simulated in this many independent random streams (run in parallel). */
  static final int SIMULATION_CHUNKS = 16;

  private SchoolRanker() {}

  /** Per-school description of how its value is drawn. */
  private static final class Model {
    School school;
    double exposure; // pupils / 100, for rates
    // count part: the school's column of the CYP table (−1 when absent: exactly 0)
    int col = -1;
    int totalLo;
    int totalHi;
    double pointCount;
    boolean estimated;
    PublishedValue cypTotal;

    /** Poisson samplers by underlying count y (index y − yMin), built when first needed. */
    Object[] samplers;

    int yMin;

    // exposure part
    double sx;
    double sw;
    int[] wLo = new int[0];
    int[] wHi = new int[0];
    double[] wX = new double[0];
    double pointValue;
    double rawValue;
  }

  /**
   * Ranks the schools that pass the filter.
   *
   * @param input published figures
   * @param options measure, filter, smoothing, draws, level and seed
   * @return the ranking
   * @throws IllegalArgumentException when the exposure index is asked for without an indicator
   */
  public static RankingResult rank(RankingInput input, RankingOptions options) {
    SchoolMeasure measure = options.measure();
    if (measure == SchoolMeasure.EXPOSURE_INDEX && input.indicator().isEmpty()) {
      throw new IllegalArgumentException(
          "the exposure index needs a ward indicator (any numeric ward attribute, e.g. a rate"
              + " loaded from CSV by ward code)");
    }
    List<String> notes = new ArrayList<>();
    List<RankingResult.NotRanked> notRanked = new ArrayList<>();
    PublishedTable cyp = input.cyp();
    notes.add(
        "Figures: published table"
            + (cyp.info().title().isEmpty() ? "" : " '" + cyp.info().title() + "'")
            + " ("
            + cyp.filter().describe()
            + "); "
            + cyp.policy().statement());
    if (!cyp.info().label().isEmpty()) {
      notes.add("Data are " + cyp.info().label() + ".");
    }
    List<Model> models = new ArrayList<>();
    PublishedColumns cypCols = PublishedColumns.of(cyp);
    HiddenCellBounds cb = input.cypBounds();
    SchoolTotals totals = SchoolTotals.of(cyp, cypCols, cb);
    for (School s : input.schools().schools()) {
      String why = options.filter().whyExcluded(s);
      if (!why.isEmpty()) {
        notRanked.add(new RankingResult.NotRanked(s, why, true));
        continue;
      }
      Model m = new Model();
      m.school = s;
      countModel(m, cyp, totals, cyp.schoolIndex(s.urn()));
      if (measure == SchoolMeasure.RATE_PER_100_PUPILS) {
        if (s.pupils() <= 0) {
          notRanked.add(
              new RankingResult.NotRanked(
                  s,
                  s.pupils() == 0
                      ? "no pupils on roll in GIAS"
                      : "number of pupils unknown in GIAS",
                  false));
          continue;
        }
        m.exposure = s.pupils() / 100.0;
        m.rawValue = m.pointCount / m.exposure;
      } else if (measure == SchoolMeasure.CYP_COUNT) {
        m.rawValue = m.pointCount;
      }
      models.add(m);
    }
    if (measure == SchoolMeasure.EXPOSURE_INDEX) {
      PublishedTable wt = input.allPupils().orElse(cyp);
      HiddenCellBounds wb = input.allPupilsBounds().orElse(cb);
      if (input.allPupils().isEmpty()) {
        notes.add(
            "No all-pupils table was given: the exposure index is weighted by the CYP flows"
                + " instead.");
      }
      WardIndicator ind = input.indicator().orElseThrow();
      notes.add(
          "Exposure index: "
              + ind.name()
              + " averaged over the wards pupils come from, weighted by the "
              + (input.allPupils().isPresent() ? "all-pupils" : "CYP")
              + " flows; only hidden and rounded cells vary in the simulation.");
      exposureModels(models, notRanked, wt, wb, ind);
    }
    if (totals.hiddenCount() > 0 || cyp.policy().roundingBase() > 0) {
      notes.add(cb.source());
    }
    if (totals.hiddenCount() > 0 && measure != SchoolMeasure.EXPOSURE_INDEX) {
      notes.add(
          totals.constrainedByGrandTotal()
              ? totals.hiddenCount()
                  + " school totals are hidden: they are drawn together so that, with the"
                  + " published ones, they add up to the published grand total; each estimate (≈)"
                  + " is its hidden cells' midpoints adjusted the same way."
              : totals.hiddenCount()
                  + " school totals are hidden and the grand total is not published: each is"
                  + " drawn from its own cells, within what the publication allows.");
    }
    EmpiricalBayes.Prior prior = null;
    if (measure == SchoolMeasure.RATE_PER_100_PUPILS && options.smoothing() && !models.isEmpty()) {
      double[] y = models.stream().mapToDouble(m -> m.pointCount).toArray();
      double[] e = models.stream().mapToDouble(m -> m.exposure).toArray();
      prior = EmpiricalBayes.fit(y, e);
      for (Model m : models) {
        m.pointValue = prior.smooth(m.pointCount, m.exposure);
      }
      notes.add(
          prior.degenerate()
              ? String.format(
                  Locale.UK,
                  "Empirical-Bayes smoothing: the rates vary no more than chance would make"
                      + " them, so every school is smoothed to the overall rate %.3f per 100"
                      + " pupils.",
                  prior.mean())
              : String.format(
                  Locale.UK,
                  "Empirical-Bayes smoothing (Poisson–gamma, method of moments): overall rate"
                      + " %.3f per 100 pupils, between-school variance %.4f; small schools are"
                      + " pulled towards the overall rate.",
                  prior.mean(),
                  prior.variance()));
    } else {
      for (Model m : models) {
        m.pointValue = m.rawValue;
      }
      if (options.smoothing() && measure != SchoolMeasure.RATE_PER_100_PUPILS) {
        notes.add("Smoothing applies to rates only and was not used for " + measure.label() + ".");
      }
    }
    notes.add(
        String.format(
            Locale.UK,
            "Rank intervals: %d%% intervals from %,d simulation draws (seed %d).",
            Math.round(options.level() * 100),
            options.draws(),
            options.seed()));
    return finish(input, options, models, notRanked, notes, prior, totals);
  }

  private static void countModel(Model m, PublishedTable t, SchoolTotals totals, int col) {
    m.col = col;
    if (col < 0) {
      // not in the table at all: exactly 0 (a structural zero is not a rounded figure)
      m.cypTotal = PublishedValue.ZERO;
      return;
    }
    m.cypTotal = t.schoolTotal(col);
    m.totalLo = totals.lower(col);
    m.totalHi = totals.upper(col);
    m.pointCount = totals.point(col);
    m.estimated = !totals.known(col);
  }

  private static void exposureModels(
      List<Model> models,
      List<RankingResult.NotRanked> notRanked,
      PublishedTable wt,
      HiddenCellBounds wb,
      WardIndicator ind) {
    PublishedColumns cols = PublishedColumns.of(wt);
    int rounding = wt.policy().roundingBase();
    double[] xOfRow = new double[wt.wardCodes().size()];
    for (int r = 0; r < xOfRow.length; r++) {
      xOfRow[r] = ind.valueOf(wt.wardCodes().get(r)).orElse(Double.NaN);
    }
    for (var it = models.iterator(); it.hasNext(); ) {
      Model m = it.next();
      int col = wt.schoolIndex(m.school.urn());
      double sx = 0;
      double sw = 0;
      double midX = 0;
      double midW = 0;
      List<double[]> unc = new ArrayList<>();
      if (col >= 0) {
        for (int i = cols.start(col); i < cols.end(col); i++) {
          int cell = cols.cells[i];
          double x = xOfRow[cols.rowOfCell[cell]];
          if (Double.isNaN(x)) {
            continue;
          }
          PublishedValue v = wt.cell(cell);
          if (v.isPublished() && rounding == 0) {
            sx += v.value() * x;
            sw += v.value();
          } else {
            if (wb.upper(cell) > 0) {
              unc.add(new double[] {wb.lower(cell), wb.upper(cell), x});
            }
            double w = v.isPublished() ? v.value() : wb.midpoint(cell);
            midX += w * x;
            midW += w;
            if (!v.isPublished()) {
              m.estimated = true;
            }
          }
        }
      }
      if (sw + midW <= 0) {
        it.remove();
        notRanked.add(
            new RankingResult.NotRanked(
                m.school,
                "no published pupil flows from wards with a value of " + ind.name(),
                false));
        continue;
      }
      m.sx = sx;
      m.sw = sw;
      m.wLo = unc.stream().mapToInt(a -> (int) a[0]).toArray();
      m.wHi = unc.stream().mapToInt(a -> (int) a[1]).toArray();
      m.wX = unc.stream().mapToDouble(a -> a[2]).toArray();
      m.rawValue = (sx + midX) / (sw + midW);
    }
  }

  private static RankingResult finish(
      RankingInput input,
      RankingOptions options,
      List<Model> models,
      List<RankingResult.NotRanked> notRanked,
      List<String> notes,
      EmpiricalBayes.Prior prior,
      SchoolTotals totals) {
    // point ranks: 1 + number of strictly greater values; order by rank, then name, then URN
    models.sort(
        Comparator.comparingDouble((Model m) -> -m.pointValue)
            .thenComparing(m -> m.school.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(m -> m.school.urn()));
    int n = models.size();
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] =
          i > 0 && models.get(i).pointValue == models.get(i - 1).pointValue ? rank[i - 1] : i + 1;
    }
    int draws = options.draws();
    int[] ranks = simulate(models, options, prior, totals); // school-major: ranks[i * draws + d]
    double alpha = 1 - options.level();
    int loIdx = (int) Math.floor(alpha / 2 * draws);
    int hiIdx = Math.max(loIdx, (int) Math.ceil((1 - alpha / 2) * draws) - 1);
    int[] lo = new int[n];
    int[] hi = new int[n];
    int[] hist = new int[n + 2];
    for (int i = 0; i < n; i++) {
      // ranks are 1..n: a histogram gives the order statistics without sorting
      Arrays.fill(hist, 0);
      int base = i * draws;
      int minR = n;
      int maxR = 1;
      for (int d = 0; d < draws; d++) {
        int rr = ranks[base + d];
        hist[rr]++;
        minR = Math.min(minR, rr);
        maxR = Math.max(maxR, rr);
      }
      int cum = 0;
      int qlo = -1;
      int qhi = -1;
      for (int rr = minR; rr <= maxR; rr++) {
        cum += hist[rr];
        if (qlo < 0 && cum > loIdx) {
          qlo = rr;
        }
        if (cum > hiIdx) {
          qhi = rr;
          break;
        }
      }
      lo[i] = Math.min(qlo, rank[i]);
      hi[i] = Math.max(qhi, rank[i]);
    }
    // tie groups
    int[] group = new int[n];
    int g = 0;
    int leader = -1;
    for (int i = 0; i < n; i++) {
      boolean join = false;
      if (leader >= 0) {
        if (models.get(i).pointValue == models.get(leader).pointValue) {
          join = true;
        } else {
          int above = 0;
          int lb = leader * draws;
          int ib = i * draws;
          for (int d = 0; d < draws; d++) {
            if (ranks[lb + d] < ranks[ib + d]) {
              above++;
            }
          }
          join = above < options.level() * draws;
        }
      }
      if (!join) {
        g++;
        leader = i;
      }
      group[i] = g;
    }
    int[] groupSize = new int[g + 1];
    for (int i = 0; i < n; i++) {
      groupSize[group[i]]++;
    }
    List<RankedSchool> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Model m = models.get(i);
      out.add(
          new RankedSchool(
              m.school,
              m.pointValue,
              m.rawValue,
              rank[i],
              lo[i],
              hi[i],
              group[i],
              groupSize[group[i]],
              m.cypTotal,
              m.pointCount,
              m.estimated));
    }
    return new RankingResult(input, options, out, notRanked, notes, prior);
  }

  /** Simulated ranks, school-major (ranks[i * draws + d]), schools in the given order. */
  private static int[] simulate(
      List<Model> models, RankingOptions options, EmpiricalBayes.Prior prior, SchoolTotals totals) {
    int n = models.size();
    int draws = options.draws();
    int[] drawMajor = new int[n * draws];
    if (n == 0) {
      return drawMajor;
    }
    SchoolMeasure measure = options.measure();
    boolean smooth = prior != null;
    Model[] ms = models.toArray(new Model[0]);
    for (Model m : ms) {
      m.yMin = m.totalLo;
      m.samplers = new Object[Math.max(1, Math.min(4096, m.totalHi - m.totalLo + 1))];
      if (m.totalLo == m.totalHi && m.totalLo >= Sampling.SMALL_TABLES) {
        m.samplers[0] = sampler(m.totalLo);
      }
    }
    boolean counts = measure != SchoolMeasure.EXPOSURE_INDEX;
    // draws run in a fixed number of chunks, each with its own random stream split from the seed:
    // results are the same however many threads run them
    int chunks = Math.min(draws, SIMULATION_CHUNKS);
    SplittableRandom root = new SplittableRandom(options.seed());
    SplittableRandom[] rngs = new SplittableRandom[chunks];
    for (int c = 0; c < chunks; c++) {
      rngs[c] = root.split();
    }
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              SplittableRandom rng = rngs[c];
              double[] v = new double[n];
              int[] y = new int[totals.size()];
              double[] work = new double[totals.size()];
              DrawRanker ranker = new DrawRanker(n);
              int from = (int) ((long) c * draws / chunks);
              int to = (int) ((long) (c + 1) * draws / chunks);
              for (int d = from; d < to; d++) {
                if (counts) {
                  totals.draw(rng, y, work);
                }
                for (int i = 0; i < n; i++) {
                  v[i] = drawValue(rng, ms[i], measure, smooth, prior, y);
                }
                ranker.rank(v, rng, drawMajor, d * n);
              }
            });
    // transpose to school-major in blocks
    int[] out = new int[n * draws];
    final int block = 64;
    for (int d0 = 0; d0 < draws; d0 += block) {
      int d1 = Math.min(draws, d0 + block);
      for (int i = 0; i < n; i++) {
        int ob = i * draws;
        for (int d = d0; d < d1; d++) {
          out[ob + d] = drawMajor[d * n + i];
        }
      }
    }
    return out;
  }

  /** One school's value in one draw, given the school totals drawn for it. */
  private static double drawValue(
      SplittableRandom rng,
      Model m,
      SchoolMeasure measure,
      boolean smooth,
      EmpiricalBayes.Prior prior,
      int[] drawnTotals) {
    if (measure == SchoolMeasure.EXPOSURE_INDEX) {
      return drawExposure(rng, m);
    }
    int y = m.col < 0 ? 0 : drawnTotals[m.col];
    if (smooth) {
      return prior.degenerate()
          ? prior.mean()
          : Sampling.gamma(rng, prior.alpha() + y, prior.beta() + m.exposure);
    }
    int c = poissonCached(rng, m, y);
    return measure == SchoolMeasure.RATE_PER_100_PUPILS ? c / m.exposure : c;
  }

  /** Poisson noise on underlying count y, with a cached sampler per (school, y). */
  private static int poissonCached(SplittableRandom rng, Model m, int y) {
    if (y < Sampling.SMALL_TABLES) {
      return Sampling.poisson(rng, y); // shared tables: small and cache-resident
    }
    int slot = y - m.yMin;
    if (slot < 0 || slot >= m.samplers.length) {
      return Sampling.poisson(rng, (double) y);
    }
    Object s = m.samplers[slot];
    if (s == null) {
      s = sampler(y);
      m.samplers[slot] = s;
    }
    return sample(rng, s);
  }

  private static Object sampler(int mu) {
    return mu <= Sampling.MAX_TABLE_MEAN ? new Sampling.PoissonTable(mu) : new Sampling.Ptrs(mu);
  }

  private static int sample(SplittableRandom rng, Object sampler) {
    if (sampler == null) {
      return 0;
    }
    return sampler instanceof Sampling.PoissonTable t
        ? t.sample(rng)
        : ((Sampling.Ptrs) sampler).sample(rng);
  }

  private static double drawExposure(SplittableRandom rng, Model m) {
    double sx = m.sx;
    double sw = m.sw;
    for (int j = 0; j < m.wLo.length; j++) {
      int w = Sampling.uniform(rng, m.wLo[j], m.wHi[j]);
      sx += w * m.wX[j];
      sw += w;
    }
    return sw > 0 ? sx / sw : m.rawValue;
  }

  /** Ranks one draw's values (1 = highest), ties in random order, into out[base + i]. */
  static void rankDraw(double[] v, SplittableRandom rng, int[] out, int base) {
    new DrawRanker(v.length).rank(v, rng, out, base);
  }
}
