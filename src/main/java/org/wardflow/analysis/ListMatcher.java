package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListEntry;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;

/**
 * Matches a VRU list to a school layer: by exact URN; otherwise (or when the URN is unknown) by
 * school name, normalised by {@link SchoolNames} and compared with a similarity score the user can
 * confirm. URNs of closed schools are reported with a similar open school as a possible successor.
 *
 * <h2>Name score</h2>
 *
 * A weighted soft token-set similarity of the core name tokens (each token weighted by its rarity
 * among the layer's school names, ln(1 + N/df), so that "Trinity" counts for more than "Primary";
 * tokens match when their Jaro–Winkler similarity is at least 0.88, short tokens only when equal),
 * blended 7:3 with the Jaro–Winkler similarity of the joined core names. A different local
 * authority multiplies the score by 0.85; a different postcode district by 0.9, an equal postcode
 * adds 0.05.
 */
public final class ListMatcher {
  /** Fuzzy matches at or above this score count unless the user rejects them. */
  public static final double ACCEPT_SCORE = 0.90;

  /** Fuzzy matches at or above this score are offered for confirmation. */
  public static final double SUGGEST_SCORE = 0.75;

  /** Below this difference between the best two scores, the match is ambiguous. */
  static final double AMBIGUITY_MARGIN = 0.02;

  /** Below this score a URN match is flagged because the names differ. */
  static final double NAME_DIFFERS_SCORE = 0.6;

  private static final double TOKEN_MATCH = 0.88;

  private ListMatcher() {}

  /**
   * Matches every entry of the list.
   *
   * @param list the VRU list
   * @param schools the school layer (open and, where known, closed schools)
   * @return the matching report
   */
  public static MatchReport match(VruList list, SchoolLayer schools) {
    Index index = new Index(schools);
    List<ListMatch> out = new ArrayList<>();
    Map<String, Integer> lineOfSchool = new HashMap<>();
    for (VruListEntry e : list.entries()) {
      ListMatch m = matchOne(e, schools, index);
      if (m.school() != null && m.accepted()) {
        Integer prev = lineOfSchool.putIfAbsent(m.school().urn(), e.line());
        if (prev != null) {
          m =
              new ListMatch(
                  e,
                  MatchStatus.DUPLICATE,
                  m.school(),
                  m.score(),
                  m.candidates(),
                  "Same school as line " + prev + ": counted once.",
                  false,
                  false);
        }
      }
      out.add(m);
    }
    return new MatchReport(list, schools, out);
  }

  private static ListMatch matchOne(VruListEntry e, SchoolLayer schools, Index index) {
    String prefix = "";
    if (e.hasUrn()) {
      School s = schools.byUrn(e.urn()).orElse(null);
      if (s != null && s.open()) {
        double sc = e.name().isEmpty() ? 1.0 : index.score(e, s);
        if (sc < NAME_DIFFERS_SCORE) {
          return new ListMatch(
              e,
              MatchStatus.URN_NAME_DIFFERS,
              s,
              sc,
              List.of(),
              "The list says '" + e.name() + "' but URN " + e.urn() + " is '" + s.name() + "'.",
              false,
              false);
        }
        return new ListMatch(e, MatchStatus.EXACT_URN, s, sc, List.of(), "", false, false);
      }
      if (s != null) {
        List<ListMatch.Candidate> succ =
            e.name().isEmpty() && s.name().isEmpty()
                ? List.of()
                : index.best(e.name().isEmpty() ? s.name() : e.name(), e, 3, s.urn());
        String msg = "URN " + e.urn() + " is '" + s.name() + "', which is closed or merged";
        if (!succ.isEmpty() && succ.get(0).score() >= SUGGEST_SCORE) {
          ListMatch.Candidate c = succ.get(0);
          msg +=
              String.format(
                  Locale.UK,
                  "; a similar open school is %s (URN %s, score %.2f) — perhaps its successor:"
                      + " confirm to use it",
                  c.school().name(),
                  c.school().urn(),
                  c.score());
        }
        return new ListMatch(e, MatchStatus.CLOSED, s, 1.0, succ, msg + ".", false, false);
      }
      prefix =
          "URN " + e.urn() + " is not in the school layer (closed, merged or outside the area?)";
      if (e.name().isEmpty()) {
        return new ListMatch(
            e, MatchStatus.UNMATCHED, null, 0, List.of(), prefix + ".", false, false);
      }
    }
    List<ListMatch.Candidate> best = index.best(e.name(), e, 4, null);
    String sep = prefix.isEmpty() ? "" : prefix + "; ";
    if (best.isEmpty() || best.get(0).score() < SUGGEST_SCORE) {
      return new ListMatch(
          e,
          MatchStatus.UNMATCHED,
          null,
          best.isEmpty() ? 0 : best.get(0).score(),
          best.stream().filter(c -> c.score() >= 0.5).limit(3).toList(),
          sep + "no school with a similar name" + (best.isEmpty() ? "" : " (best shown)") + ".",
          false,
          false);
    }
    ListMatch.Candidate top = best.get(0);
    List<ListMatch.Candidate> others = best.subList(1, best.size());
    String norm = SchoolNames.normalise(e.name());
    boolean topExact = SchoolNames.normalise(top.school().name()).equals(norm);
    boolean secondClose =
        !others.isEmpty() && top.score() - others.get(0).score() < AMBIGUITY_MARGIN;
    if (secondClose) {
      return new ListMatch(
          e,
          MatchStatus.AMBIGUOUS,
          null,
          top.score(),
          best.subList(0, Math.min(3, best.size())),
          sep
              + "several schools have similar names"
              + (e.district().isEmpty() ? "; add the local authority to the list" : "")
              + ": choose one.",
          false,
          false);
    }
    if (topExact && prefix.isEmpty()) {
      return new ListMatch(e, MatchStatus.NAME_EXACT, top.school(), 1.0, others, "", false, false);
    }
    return new ListMatch(
        e,
        MatchStatus.FUZZY_NAME,
        top.school(),
        top.score(),
        others,
        sep
            + String.format(
                Locale.UK,
                "matched by name to '%s' (%s, score %.2f): please confirm.",
                top.school().name(),
                top.school().district().isEmpty()
                    ? "URN " + top.school().urn()
                    : top.school().district(),
                top.score()),
        false,
        false);
  }

  /** The name score of two names without layer weights (all tokens weighted equally). */
  public static double nameScore(String a, String b) {
    return blend(SchoolNames.core(a), SchoolNames.core(b), t -> 1.0);
  }

  private static double blend(
      List<String> a, List<String> b, java.util.function.ToDoubleFunction<String> w) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double sa = 0;
    double wa = 0;
    for (String x : a) {
      wa += w.applyAsDouble(x);
      sa += w.applyAsDouble(x) * bestToken(x, b);
    }
    double sb = 0;
    double wb = 0;
    for (String y : b) {
      wb += w.applyAsDouble(y);
      sb += w.applyAsDouble(y) * bestToken(y, a);
    }
    double dice = (sa + sb) / (wa + wb);
    double jw = StringSimilarity.jaroWinkler(String.join(" ", a), String.join(" ", b));
    return Math.min(1.0, 0.7 * dice + 0.3 * jw);
  }

  private static double bestToken(String x, List<String> others) {
    double best = 0;
    for (String y : others) {
      double s;
      if (x.equals(y)) {
        s = 1;
      } else if (x.length() <= 2 || y.length() <= 2) {
        s = 0;
      } else {
        s = StringSimilarity.jaroWinkler(x, y);
        if (s < TOKEN_MATCH) {
          s = 0;
        }
      }
      if (s > best) {
        best = s;
        if (best == 1) {
          break;
        }
      }
    }
    return best;
  }

  /** Precomputed core tokens and token rarity of the layer's school names. */
  private static final class Index {
    private final SchoolLayer schools;
    private final List<List<String>> core = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownIdf;

    Index(SchoolLayer schools) {
      this.schools = schools;
      Map<String, Integer> df = new HashMap<>();
      for (School s : schools.schools()) {
        List<String> c = SchoolNames.core(s.name());
        core.add(c);
        for (String t : new java.util.HashSet<>(c)) {
          df.merge(t, 1, Integer::sum);
        }
      }
      int n = Math.max(1, schools.size());
      df.forEach((t, d) -> idf.put(t, Math.log(1 + (double) n / d)));
      this.unknownIdf = Math.log(1 + n);
    }

    double weight(String t) {
      return idf.getOrDefault(t, unknownIdf);
    }

    double score(VruListEntry e, School s) {
      return adjust(
          blend(SchoolNames.core(e.name()), SchoolNames.core(s.name()), this::weight), e, s);
    }

    List<ListMatch.Candidate> best(String name, VruListEntry e, int k, String excludeUrn) {
      List<String> q = SchoolNames.core(name);
      List<ListMatch.Candidate> all = new ArrayList<>();
      List<School> list = schools.schools();
      for (int i = 0; i < list.size(); i++) {
        School s = list.get(i);
        if (s.urn().equals(excludeUrn)) {
          continue;
        }
        double sc = adjust(blend(q, core.get(i), this::weight), e, s);
        if (!s.open()) {
          sc *= 0.95;
        }
        if (sc > 0.3) {
          all.add(new ListMatch.Candidate(s, sc));
        }
      }
      all.sort(
          Comparator.comparingDouble((ListMatch.Candidate c) -> -c.score())
              .thenComparing(c -> c.school().urn()));
      return all.subList(0, Math.min(k, all.size()));
    }

    private static double adjust(double score, VruListEntry e, School s) {
      if (!e.district().isEmpty() && !s.district().isEmpty()) {
        String a = e.district().toLowerCase(Locale.ROOT).trim();
        String b = s.district().toLowerCase(Locale.ROOT).trim();
        if (!a.contains(b) && !b.contains(a)) {
          score *= 0.85;
        }
      }
      String pa = SchoolNames.postcode(e.postcode());
      String pb = SchoolNames.postcode(s.postcode());
      if (!pa.isEmpty() && !pb.isEmpty()) {
        if (pa.equals(pb)) {
          score = Math.min(1.0, score + 0.05);
        } else if (!SchoolNames.outward(pa).equals(SchoolNames.outward(pb))) {
          score *= 0.9;
        }
      }
      return score;
    }
  }
}
