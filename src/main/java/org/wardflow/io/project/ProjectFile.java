package org.wardflow.io.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of a {@code .wardflow} project file: everything needed to rebuild an analysis —
 * where its inputs are (by path and SHA-256, never copied), how they were imported, the disclosure
 * policy, the style choices, the storyboard, the VRU list and the publication ledger. Immutable;
 * written as JSON with snake_case names by {@link ProjectService}.
 *
 * <p>The policy and the ledger are stored in neutral forms ({@link PolicySettings}, an opaque JSON
 * tree) because {@code io} sits below {@code disclosure}; the layers above convert them.
 *
 * @param formatVersion schema version, {@link #CURRENT_VERSION} when written by this build
 * @param savedAt ISO-8601 instant of the save (set by {@link ProjectService#save})
 * @param appVersion version of the Wardflow that wrote the file
 * @param title project title (may be empty)
 * @param marking protective marking shown on every view and export (e.g. OFFICIAL-SENSITIVE)
 * @param layers geography sources: ward boundaries, schools, population, indicators
 * @param flowTables flow table sources with their import mappings
 * @param vruList the VRU's priority list, or null
 * @param policy the disclosure policy of the analysis
 * @param style measure, classification, palette and flow display choices
 * @param storyboard the presentation steps, in order
 * @param ledger the publication ledger as written by the disclosure layer, or null
 * @param filter the sub-table published (periods, age bands, groups; empty sets mean all)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectFile(
    int formatVersion,
    String savedAt,
    String appVersion,
    String title,
    String marking,
    List<SourceRef> layers,
    List<SourceRef> flowTables,
    SourceRef vruList,
    PolicySettings policy,
    StyleSettings style,
    List<StepRecord> storyboard,
    JsonNode ledger,
    FilterSettings filter) {

  /** The schema version this build writes; it reads this and every earlier version. */
  public static final int CURRENT_VERSION = 1;

  /** Null-safe defaults and defensive copies. */
  public ProjectFile {
    savedAt = savedAt == null ? "" : savedAt;
    appVersion = appVersion == null ? "" : appVersion;
    title = title == null ? "" : title;
    marking = marking == null ? "" : marking;
    layers = layers == null ? List.of() : List.copyOf(layers);
    flowTables = flowTables == null ? List.of() : List.copyOf(flowTables);
    policy = policy == null ? PolicySettings.DEFAULT : policy;
    style = style == null ? StyleSettings.DEFAULT : style;
    storyboard = storyboard == null ? List.of() : List.copyOf(storyboard);
    filter = filter == null ? FilterSettings.ALL : filter;
  }

  /** A project without a filter (every period, age band and group): the version-1 fields. */
  public ProjectFile(
      int formatVersion,
      String savedAt,
      String appVersion,
      String title,
      String marking,
      List<SourceRef> layers,
      List<SourceRef> flowTables,
      SourceRef vruList,
      PolicySettings policy,
      StyleSettings style,
      List<StepRecord> storyboard,
      JsonNode ledger) {
    this(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        flowTables,
        vruList,
        policy,
        style,
        storyboard,
        ledger,
        null);
  }

  /** An empty project of the current version. */
  public static ProjectFile empty() {
    return new ProjectFile(
        CURRENT_VERSION, "", "", "", "", List.of(), List.of(), null, null, null, List.of(), null);
  }

  /** Every source (layers, flow tables, VRU list), in that order. */
  public List<SourceRef> sources() {
    List<SourceRef> all = new java.util.ArrayList<>(layers);
    all.addAll(flowTables);
    if (vruList != null) {
      all.add(vruList);
    }
    return List.copyOf(all);
  }

  /** This project with one source (matched by id) replaced. */
  public ProjectFile withSource(SourceRef replacement) {
    Objects.requireNonNull(replacement, "replacement");
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        replace(layers, replacement),
        replace(flowTables, replacement),
        vruList != null && vruList.id().equals(replacement.id()) ? replacement : vruList,
        policy,
        style,
        storyboard,
        ledger,
        filter);
  }

  private static List<SourceRef> replace(List<SourceRef> list, SourceRef r) {
    return list.stream().map(s -> s.id().equals(r.id()) ? r : s).toList();
  }

  /** This project with other layers. */
  public ProjectFile withLayers(List<SourceRef> v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        v,
        flowTables,
        vruList,
        policy,
        style,
        storyboard,
        ledger,
        filter);
  }

  /** This project with other flow tables. */
  public ProjectFile withFlowTables(List<SourceRef> v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        v,
        vruList,
        policy,
        style,
        storyboard,
        ledger,
        filter);
  }

  /** This project with another VRU list (null for none). */
  public ProjectFile withVruList(SourceRef v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        flowTables,
        v,
        policy,
        style,
        storyboard,
        ledger,
        filter);
  }

  /** This project with another policy. */
  public ProjectFile withPolicy(PolicySettings v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        flowTables,
        vruList,
        v,
        style,
        storyboard,
        ledger,
        filter);
  }

  /** This project with other style choices. */
  public ProjectFile withStyle(StyleSettings v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        flowTables,
        vruList,
        policy,
        v,
        storyboard,
        ledger,
        filter);
  }

  /** This project with another storyboard. */
  public ProjectFile withStoryboard(List<StepRecord> v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        flowTables,
        vruList,
        policy,
        style,
        v,
        ledger,
        filter);
  }

  /** This project with another ledger (JSON tree from the disclosure layer, or null). */
  public ProjectFile withLedger(JsonNode v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        flowTables,
        vruList,
        policy,
        style,
        storyboard,
        v,
        filter);
  }

  /** This project with another title and marking. */
  public ProjectFile withTitle(String newTitle, String newMarking) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        newTitle,
        newMarking,
        layers,
        flowTables,
        vruList,
        policy,
        style,
        storyboard,
        ledger,
        filter);
  }

  /** This project with another filter. */
  public ProjectFile withFilter(FilterSettings v) {
    return new ProjectFile(
        formatVersion,
        savedAt,
        appVersion,
        title,
        marking,
        layers,
        flowTables,
        vruList,
        policy,
        style,
        storyboard,
        ledger,
        v);
  }

  ProjectFile stamped(String time, String version) {
    return new ProjectFile(
        CURRENT_VERSION,
        time,
        version,
        title,
        marking,
        layers,
        flowTables,
        vruList,
        policy,
        style,
        storyboard,
        ledger,
        filter);
  }

  /**
   * An input file referenced by path and content hash; the file itself is never copied or modified.
   *
   * @param id stable identifier within the project (e.g. {@code wards}, {@code flows-1})
   * @param role what the file is: one of {@link #WARDS}, {@link #SCHOOLS}, {@link #POPULATION},
   *     {@link #INDICATORS}, {@link #FLOWS}, {@link #VRU_LIST} (other values are kept as they are)
   * @param path absolute path when saved
   * @param relativePath the same file relative to the project's folder (used to find inputs that
   *     moved together with the project), or empty
   * @param sha256 lower-case hex SHA-256 of the file's bytes when it was imported
   * @param mapping import choices (column and field names, CRS, shape…) as the importer's own keys
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SourceRef(
      String id,
      String role,
      String path,
      String relativePath,
      String sha256,
      Map<String, String> mapping) {
    /** Ward boundaries. */
    public static final String WARDS = "wards";

    /** School points. */
    public static final String SCHOOLS = "schools";

    /** Ward population. */
    public static final String POPULATION = "population";

    /** Ward indicators. */
    public static final String INDICATORS = "indicators";

    /** A flow table. */
    public static final String FLOWS = "flows";

    /** The VRU's priority list. */
    public static final String VRU_LIST = "vru_list";

    /**
     * The built-in FICTIONAL demo city with its SYNTHETIC tables: no file; the path is {@link
     * #DEMO_PATH} and the source is always found.
     */
    public static final String DEMO = "demo";

    /** The path recorded for the built-in demo. */
    public static final String DEMO_PATH = "builtin:demo";

    /** The built-in demo as a source. */
    public static SourceRef demo() {
      return new SourceRef(DEMO, DEMO, DEMO_PATH, "", "", Map.of());
    }

    /** True when this is the built-in demo rather than a file. */
    public boolean builtIn() {
      return DEMO.equals(role);
    }

    /** Validates and copies. */
    public SourceRef {
      Objects.requireNonNull(id, "id");
      role = role == null ? "" : role;
      path = Objects.requireNonNull(path, "path");
      relativePath = relativePath == null ? "" : relativePath;
      sha256 = sha256 == null ? "" : sha256;
      mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }
  }

  /**
   * The sub-table published, in a neutral form (mirrors {@code model.FlowFilter}): empty lists mean
   * every value.
   *
   * @param periods periods kept
   * @param ageBands age bands kept
   * @param groups groups kept
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FilterSettings(List<String> periods, List<String> ageBands, List<String> groups) {
    /** Everything. */
    public static final FilterSettings ALL = new FilterSettings(List.of(), List.of(), List.of());

    /** Null-safe copies. */
    public FilterSettings {
      periods = periods == null ? List.of() : List.copyOf(periods);
      ageBands = ageBands == null ? List.of() : List.copyOf(ageBands);
      groups = groups == null ? List.of() : List.copyOf(groups);
    }
  }

  /**
   * The disclosure policy in a neutral form (mirrors {@code disclosure.DisclosurePolicy}).
   *
   * @param k primary threshold
   * @param roundingBase 0, 5 or 10
   * @param publishZeros whether zeros are released
   * @param publishWardTotals whether ward totals are released
   * @param publishSchoolTotals whether school totals are released
   * @param publishGrandTotal whether the grand total is released
   * @param floor the lowest k presentation mode and exports may use
   */
  public record PolicySettings(
      int k,
      int roundingBase,
      boolean publishZeros,
      boolean publishWardTotals,
      boolean publishSchoolTotals,
      boolean publishGrandTotal,
      int floor) {
    /** The default policy: k = 5, no rounding, zeros and all totals, floor 5. */
    public static final PolicySettings DEFAULT =
        new PolicySettings(5, 0, true, true, true, true, 5);
  }

  /**
   * Flow display choices.
   *
   * @param minCount flows below this published value fail the filter (0 = none)
   * @param topN only the N largest pass (0 = all)
   * @param fadeRest draw failing flows faint rather than omit them
   * @param showHidden draw suppressed flows dashed
   * @param scaleLocked keep one width per count across views
   */
  public record FlowSettings(
      int minCount, int topN, boolean fadeRest, boolean showHidden, boolean scaleLocked) {
    /** All flows, hidden ones dashed, unlocked scale. */
    public static final FlowSettings DEFAULT = new FlowSettings(0, 0, false, true, false);
  }

  /**
   * Style choices of the analysis.
   *
   * @param measure the ward measure mapped (an identifier of the UI's measure list)
   * @param classification classification method name (e.g. {@code QUANTILE}, {@code JENKS})
   * @param classes number of classes
   * @param palette ColorBrewer palette name
   * @param highContrast whether the high-contrast style is used
   * @param flows flow display choices
   * @param options further choices of the desktop app by name (e.g. manual breaks, school sizing,
   *     labels), kept as text so that this layer need not know them
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StyleSettings(
      String measure,
      String classification,
      int classes,
      String palette,
      boolean highContrast,
      FlowSettings flows,
      Map<String, String> options) {
    /** Nothing chosen yet. */
    public static final StyleSettings DEFAULT =
        new StyleSettings("", "QUANTILE", 5, "", false, FlowSettings.DEFAULT);

    /** Null-safe. */
    public StyleSettings {
      measure = measure == null ? "" : measure;
      classification = classification == null ? "" : classification;
      palette = palette == null ? "" : palette;
      flows = flows == null ? FlowSettings.DEFAULT : flows;
      options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** Style choices without further options. */
    public StyleSettings(
        String measure,
        String classification,
        int classes,
        String palette,
        boolean highContrast,
        FlowSettings flows) {
      this(measure, classification, classes, palette, highContrast, flows, Map.of());
    }
  }

  /**
   * A map extent in British National Grid metres.
   *
   * @param minX west
   * @param minY south
   * @param maxX east
   * @param maxY north
   */
  public record Extent(double minX, double minY, double maxX, double maxY) {}

  /**
   * One storyboard step as stored.
   *
   * @param title step title
   * @param notes speaker notes
   * @param extent map extent, or null for the whole study area
   * @param layers visible layers, bottom first (names of {@code render.Layer})
   * @param selectedWard selected ward code, or empty
   * @param selectedSchool selected school URN, or empty
   * @param style measure, classification, palette and flows of the step
   * @param policy the disclosure policy of the step
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StepRecord(
      String title,
      String notes,
      Extent extent,
      List<String> layers,
      String selectedWard,
      String selectedSchool,
      StyleSettings style,
      PolicySettings policy) {
    /** Null-safe. */
    public StepRecord {
      title = title == null ? "" : title;
      notes = notes == null ? "" : notes;
      layers = layers == null ? List.of() : List.copyOf(layers);
      selectedWard = selectedWard == null ? "" : selectedWard;
      selectedSchool = selectedSchool == null ? "" : selectedSchool;
      style = style == null ? StyleSettings.DEFAULT : style;
      policy = policy == null ? PolicySettings.DEFAULT : policy;
    }
  }
}
