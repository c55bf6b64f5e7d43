package org.wardflow.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which attribute fields of a boundary file hold the ward code, ward name and district. Detected
 * from ONS naming ({@code WD25CD}/{@code WD25NM}, any two-digit year, any case; {@code
 * LAD25CD}/{@code LAD25NM} for the district) or given by the user.
 *
 * @param codeField field with the ward code (required)
 * @param nameField field with the ward name, or null (the code is used as name)
 * @param districtCodeField field with the local authority district code, or null
 * @param districtNameField field with the district name, or null
 */
public record WardFieldMapping(
    String codeField, String nameField, String districtCodeField, String districtNameField) {

  private static final Pattern WD = Pattern.compile("(?i)^wd(\\d{2})(cd|nm)$");
  private static final Pattern LAD = Pattern.compile("(?i)^lad(\\d{2})(cd|nm)$");
  private static final List<String> CODE_FALLBACK =
      List.of("wdcd", "wardcode", "wdcode", "wardcd", "gsscode", "code");
  private static final List<String> NAME_FALLBACK =
      List.of("wdnm", "wardname", "wdname", "wardnm", "name");

  /** Checks the code field is given. */
  public WardFieldMapping {
    Objects.requireNonNull(codeField, "codeField");
  }

  /** A mapping with only the code and name fields. */
  public static WardFieldMapping of(String codeField, String nameField) {
    return new WardFieldMapping(codeField, nameField, null, null);
  }

  /**
   * Detects the fields from ONS naming. The ward code is the {@code WDnnCD} field with the latest
   * year (or a field such as {@code WDCD}, {@code ward_code}); the name is {@code WDnnNM} of the
   * same year when present; the district is {@code LADnnCD}/{@code LADnnNM} (latest year) or a
   * field starting {@code LAD…CD}/{@code LAD_CODE}.
   *
   * @param fields the attribute names of the file
   * @return the mapping, or empty when no ward code field is recognisable
   */
  public static Optional<WardFieldMapping> detect(Collection<String> fields) {
    String code = null;
    String name = null;
    int codeYear = -1;
    for (String f : fields) {
      Matcher m = WD.matcher(f.trim());
      if (m.matches() && m.group(2).equalsIgnoreCase("cd")) {
        int y = Integer.parseInt(m.group(1));
        if (y > codeYear) {
          codeYear = y;
          code = f;
        }
      }
    }
    if (code == null) {
      code = byNorm(fields, CODE_FALLBACK);
    }
    if (code == null) {
      return Optional.empty();
    }
    for (String f : fields) {
      Matcher m = WD.matcher(f.trim());
      if (m.matches()
          && m.group(2).equalsIgnoreCase("nm")
          && Integer.parseInt(m.group(1)) == codeYear) {
        name = f;
      }
    }
    if (name == null) {
      int best = -1;
      for (String f : fields) {
        Matcher m = WD.matcher(f.trim());
        if (m.matches() && m.group(2).equalsIgnoreCase("nm")) {
          int y = Integer.parseInt(m.group(1));
          if (y > best) {
            best = y;
            name = f;
          }
        }
      }
    }
    if (name == null) {
      name = byNorm(fields, NAME_FALLBACK);
    }
    String ladCode = latestLad(fields, "cd");
    String ladName = latestLad(fields, "nm");
    if (ladCode == null) {
      ladCode = byPrefix(fields, "ladcd", "ladcode");
    }
    if (ladName == null) {
      ladName = byPrefix(fields, "ladnm", "ladname");
    }
    return Optional.of(new WardFieldMapping(code, name, ladCode, ladName));
  }

  private static String latestLad(Collection<String> fields, String suffix) {
    String best = null;
    int year = -1;
    for (String f : fields) {
      Matcher m = LAD.matcher(f.trim());
      if (m.matches() && m.group(2).equalsIgnoreCase(suffix)) {
        int y = Integer.parseInt(m.group(1));
        if (y > year) {
          year = y;
          best = f;
        }
      }
    }
    return best;
  }

  private static String byNorm(Collection<String> fields, List<String> wanted) {
    for (String w : wanted) {
      for (String f : fields) {
        if (Texts.norm(f).equals(w)) {
          return f;
        }
      }
    }
    return null;
  }

  private static String byPrefix(Collection<String> fields, String... prefixes) {
    for (String p : prefixes) {
      for (String f : fields) {
        if (Texts.norm(f).startsWith(p)) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * Resolves this mapping's field names against the actual fields, ignoring case, and checks that
   * each named field exists.
   *
   * @throws ImportException naming the missing fields and listing those found
   */
  WardFieldMapping resolve(Path file, Collection<String> fields) throws ImportException {
    List<String> missing = new ArrayList<>();
    String c = find(fields, codeField, missing);
    String n = find(fields, nameField, missing);
    String dc = find(fields, districtCodeField, missing);
    String dn = find(fields, districtNameField, missing);
    if (!missing.isEmpty()) {
      throw new ImportException(
          file,
          "Cannot read wards from "
              + Texts.name(file)
              + ": the chosen field"
              + (missing.size() == 1 ? " " : "s ")
              + Texts.list(missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not in the file. Its fields are: "
              + Texts.abbreviate(new ArrayList<>(fields), 40)
              + ".");
    }
    return new WardFieldMapping(c, n, dc, dn);
  }

  private static String find(Collection<String> fields, String wanted, List<String> missing) {
    if (wanted == null || wanted.isBlank()) {
      return null;
    }
    for (String f : fields) {
      if (f.equals(wanted)) {
        return f;
      }
    }
    for (String f : fields) {
      if (f.trim().toLowerCase(Locale.ROOT).equals(wanted.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    missing.add(wanted);
    return null;
  }

  /** "code WD25CD, name WD25NM, district LAD25CD/LAD25NM" for reports. */
  public String describe() {
    StringBuilder sb = new StringBuilder("code ").append(codeField);
    sb.append(", name ").append(nameField == null ? "(none: codes used as names)" : nameField);
    if (districtCodeField != null || districtNameField != null) {
      sb.append(", district ")
          .append(districtCodeField == null ? "-" : districtCodeField)
          .append('/')
          .append(districtNameField == null ? "-" : districtNameField);
    } else {
      sb.append(", no district fields");
    }
    return sb.toString();
  }
}
