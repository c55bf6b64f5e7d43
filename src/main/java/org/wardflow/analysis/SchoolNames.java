package org.wardflow.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalisation of school names for matching: case, accents and punctuation; "St"/"St." → "saint";
 * "&amp;"/"+" → "and"; "C of E"/"CE"/"C.E."/"CofE"/"Church of England" → "ce"; "RC"/"R.C."/"Roman
 * Catholic"/"Catholic" → "rc"; "J&amp;I"/"JI" → "junior infant"; common abbreviations (Inf, Jun,
 * Prim, Sch, Acad). Generic words ("school", "academy", "the", "and", "of") are dropped from the
 * <em>core</em> tokens used for fuzzy matching.
 */
public final class SchoolNames {
  private static final Set<String> GENERIC =
      Set.of("school", "academy", "the", "and", "of", "at", "for", "a");

  private SchoolNames() {}

  /** All normalised tokens, in order (generic words kept). */
  public static List<String> tokens(String name) {
    String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
    s = s.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    s = s.replace("&", " and ").replace("+", " and ");
    s = s.replaceAll("['’`‘]", "");
    s = s.replaceAll("[^a-z0-9]+", " ").trim();
    List<String> raw = s.isEmpty() ? List.of() : List.of(s.split(" "));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String t = raw.get(i);
      String n1 = i + 1 < raw.size() ? raw.get(i + 1) : "";
      String n2 = i + 2 < raw.size() ? raw.get(i + 2) : "";
      if (t.equals("church") && n1.equals("of") && n2.equals("england")) {
        out.add("ce");
        i += 2;
      } else if (t.equals("c") && n1.equals("of") && n2.equals("e")) {
        out.add("ce");
        i += 2;
      } else if (t.equals("c") && n1.equals("e")) {
        out.add("ce");
        i += 1;
      } else if (t.equals("roman") && n1.equals("catholic")) {
        out.add("rc");
        i += 1;
      } else if (t.equals("r") && n1.equals("c")) {
        out.add("rc");
        i += 1;
      } else if (t.equals("j") && n1.equals("and") && n2.equals("i")) {
        out.add("junior");
        out.add("infant");
        i += 2;
      } else if (t.equals("j") && n1.equals("i")) {
        out.add("junior");
        out.add("infant");
        i += 1;
      } else {
        out.add(
            switch (t) {
              case "st", "saint", "sts" -> "saint";
              case "cofe", "ce" -> "ce";
              case "rc", "catholic" -> "rc";
              case "ji", "jandi" -> "junior infant";
              case "inf", "infants" -> "infant";
              case "jun", "jnr", "juniors" -> "junior";
              case "prim", "pri" -> "primary";
              case "sch", "schl" -> "school";
              case "acad" -> "academy";
              case "mxd" -> "mixed";
              default -> t;
            });
      }
    }
    List<String> flat = new ArrayList<>();
    for (String t : out) {
      flat.addAll(List.of(t.split(" ")));
    }
    return flat;
  }

  /** The full normalised name (all tokens joined by spaces, "and" and "the" dropped). */
  public static String normalise(String name) {
    return String.join(
        " ", tokens(name).stream().filter(t -> !t.equals("and") && !t.equals("the")).toList());
  }

  /** The core tokens: normalised tokens without generic words such as "school" and "academy". */
  public static List<String> core(String name) {
    List<String> t = tokens(name).stream().filter(x -> !GENERIC.contains(x)).toList();
    return t.isEmpty() ? tokens(name) : t;
  }

  /** A postcode without spaces, upper case. */
  static String postcode(String p) {
    return p == null ? "" : p.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** The outward code of a postcode (e.g. "B9" of "B9 5QE"), or empty. */
  static String outward(String p) {
    String c = postcode(p);
    return c.length() > 3 ? c.substring(0, c.length() - 3) : "";
  }
}
