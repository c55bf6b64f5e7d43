package org.wardflow.io.flows;

import java.util.List;
import java.util.Locale;

/**
 * The columns a flow CSV may have, with the header names recognised for each. Header matching
 * ignores case, spaces, underscores, hyphens and other punctuation, so {@code Ward Code}, {@code
 * WARD_CODE} and {@code ward-code} all match {@link #WARD_CODE}.
 */
public enum FlowColumn {
  /** Home ward code (both shapes). */
  WARD_CODE(
      "ward_code",
      "wardcode",
      "ward",
      "wardcd",
      "wdcd",
      "homeward",
      "homewardcode",
      "residenceward",
      "residencewardcode",
      "originward",
      "originwardcode",
      "origin"),
  /** School URN (both shapes). */
  SCHOOL_URN(
      "school_urn",
      "schoolurn",
      "urn",
      "school",
      "schoolid",
      "establishmenturn",
      "destinationurn",
      "destination"),
  /** Number of people (aggregated shape only). */
  COUNT(
      "count",
      "n",
      "people",
      "persons",
      "cyp",
      "value",
      "number",
      "total",
      "freq",
      "frequency",
      "children"),
  /** Period label such as {@code 2024} or {@code 2024-03}. */
  PERIOD("period", "year", "month", "academicyear", "yearmonth"),
  /** Age band label such as {@code 11-15}. */
  AGE_BAND("age_band", "ageband", "agegroup", "agerange"),
  /** Group label such as {@code involved in violence}. */
  GROUP("group", "cohort", "category", "groupname"),
  /** Home easting, British National Grid metres (record-level shape). */
  EASTING("easting", "homeeasting", "eastings", "bnge", "x", "homex"),
  /** Home northing, British National Grid metres (record-level shape). */
  NORTHING("northing", "homenorthing", "northings", "bngn", "y", "homey"),
  /** Home longitude, WGS 84 degrees (record-level shape). */
  LONGITUDE("longitude", "homelongitude", "lon", "lng", "long", "homelon"),
  /** Home latitude, WGS 84 degrees (record-level shape). */
  LATITUDE("latitude", "homelatitude", "lat", "homelat"),
  /** Age in years (record-level shape). */
  AGE("age", "ageyears", "ageatevent", "ageatdate", "ageatincident"),
  /** Date of the record (record-level shape), read as a period. */
  DATE("date", "eventdate", "incidentdate", "recorddate", "offencedate", "referraldate"),
  /** Person identifier (record-level shape): used only to count repeats, then discarded. */
  PERSON_ID(
      "person_id",
      "personid",
      "id",
      "pupilid",
      "childid",
      "cypid",
      "upn",
      "personref",
      "subjectid",
      "nominalid");

  private final String canonical;
  private final List<String> synonyms;

  FlowColumn(String canonical, String... synonyms) {
    this.canonical = canonical;
    this.synonyms = List.of(synonyms);
  }

  /** The header name Wardflow's templates use, e.g. {@code ward_code}. */
  public String canonicalName() {
    return canonical;
  }

  /** True when a header (any case/spacing) names this column. */
  public boolean matches(String header) {
    String h = normalise(header);
    if (h.isEmpty()) {
      return false;
    }
    if (h.equals(normalise(canonical)) || synonyms.contains(h)) {
      return true;
    }
    // ONS-style ward code headers of any vintage: WD13CD, wd25cd, ...
    return this == WARD_CODE && h.matches("wd\\d\\dcd");
  }

  /**
   * Normalises a header for matching: lower case, letters and digits only, BOM removed.
   *
   * @param header raw header text, may be null
   * @return the normalised form ("" for null)
   */
  public static String normalise(String header) {
    if (header == null) {
      return "";
    }
    return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
