package org.wardflow.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.model.DatasetInfo;
import org.wardflow.render.Caveat;

/**
 * The design of one briefing-paper page: sheet, margins, title and subtitle, the map furniture to
 * draw (legend, scale bar, north arrow, overview map), and the statements every export carries —
 * protective marking (top and bottom), the exploratory caveat, the SYNTHETIC/FICTIONAL label of the
 * data shown, the disclosure statement of the policy the figures were published under, data sources
 * and licences, date and application version. Immutable; build with {@link #builder()}.
 */
public final class LayoutSpec {
  /** The default protective marking of Wardflow outputs. */
  public static final String DEFAULT_MARKING = "OFFICIAL-SENSITIVE";

  private final String title;
  private final String subtitle;
  private final PaperSize paper;
  private final Orientation orientation;
  private final double marginMm;
  private final String marking;
  private final LegendSpec legend;
  private final DisclosurePolicy policy;
  private final List<DatasetInfo> datasets;
  private final List<String> sources;
  private final String notes;
  private final boolean scaleBar;
  private final boolean northArrow;
  private final boolean overview;
  private final LocalDate date;
  private final String version;
  private final double symbolScale;

  private LayoutSpec(Builder b) {
    this.title = b.title == null ? "" : b.title.strip();
    this.subtitle = b.subtitle == null ? "" : b.subtitle.strip();
    this.paper = Objects.requireNonNull(b.paper, "paper");
    this.orientation = Objects.requireNonNull(b.orientation, "orientation");
    double minSide = Math.min(paper.shortMm(), paper.longMm());
    if (!(b.marginMm >= 3 && b.marginMm <= minSide / 5)) {
      throw new IllegalArgumentException(
          "Margins must be between 3 mm and a fifth of the short side of the sheet ("
              + Math.round(minSide / 5)
              + " mm for "
              + paper.name()
              + "); "
              + b.marginMm
              + " mm was given.");
    }
    this.marginMm = b.marginMm;
    this.marking = b.marking == null ? "" : b.marking.strip();
    this.legend = b.legend;
    this.policy = b.policy;
    this.datasets = List.copyOf(b.datasets);
    this.sources = List.copyOf(b.sources);
    this.notes = b.notes == null ? "" : b.notes.strip();
    this.scaleBar = b.scaleBar;
    this.northArrow = b.northArrow;
    this.overview = b.overview;
    this.date = b.date == null ? LocalDate.now() : b.date;
    this.version = b.version == null || b.version.isBlank() ? AppVersion.get() : b.version;
    if (!(b.symbolScale >= 0.25 && b.symbolScale <= 4)) {
      throw new IllegalArgumentException(
          "The symbol scale must be 0.25–4 (1 = as on screen); " + b.symbolScale + " was given.");
    }
    this.symbolScale = b.symbolScale;
    if (policy != null && policy.belowFloor()) {
      throw new IllegalArgumentException(
          "The disclosure threshold k = "
              + policy.k()
              + " is below the floor of "
              + policy.floor()
              + " set for exports; republish at k ≥ "
              + policy.floor()
              + " before exporting.");
    }
  }

  /**
   * A builder with the defaults: A4 landscape, 10 mm margins, OFFICIAL-SENSITIVE, all furniture.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this spec. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.subtitle = subtitle;
    b.paper = paper;
    b.orientation = orientation;
    b.marginMm = marginMm;
    b.marking = marking;
    b.legend = legend;
    b.policy = policy;
    b.datasets = new ArrayList<>(datasets);
    b.sources = new ArrayList<>(sources);
    b.notes = notes;
    b.scaleBar = scaleBar;
    b.northArrow = northArrow;
    b.overview = overview;
    b.date = date;
    b.version = version;
    b.symbolScale = symbolScale;
    return b;
  }

  /** Title (may be empty). */
  public String title() {
    return title;
  }

  /** Subtitle (may be empty). */
  public String subtitle() {
    return subtitle;
  }

  /** Sheet size. */
  public PaperSize paper() {
    return paper;
  }

  /** Sheet orientation. */
  public Orientation orientation() {
    return orientation;
  }

  /** Margin on every side, millimetres. */
  public double marginMm() {
    return marginMm;
  }

  /** Protective marking shown at the top and bottom (empty for none). */
  public String marking() {
    return marking;
  }

  /** The legend's choropleth and flow headings, or null for no legend. */
  public LegendSpec legend() {
    return legend;
  }

  /** The policy the figures were published under, or null when the page shows no flow figures. */
  public DisclosurePolicy policy() {
    return policy;
  }

  /** Provenance of every dataset shown (for the SYNTHETIC/FICTIONAL label). */
  public List<DatasetInfo> datasets() {
    return datasets;
  }

  /** Source and licence statements, one per line. */
  public List<String> sources() {
    return sources;
  }

  /** Extra notes printed with the statements (may be empty). */
  public String notes() {
    return notes;
  }

  /** Whether a scale bar is drawn. */
  public boolean scaleBar() {
    return scaleBar;
  }

  /** Whether a north arrow is drawn. */
  public boolean northArrow() {
    return northArrow;
  }

  /**
   * Whether an overview (locator) map is wanted: the whole study area with the map's extent in red.
   * It is drawn only when the map shows part of the study area.
   */
  public boolean overview() {
    return overview;
  }

  /** Date printed on the page. */
  public LocalDate date() {
    return date;
  }

  /** Application version printed on the page. */
  public String version() {
    return version;
  }

  /** Multiplier of line widths, symbol sizes and map type relative to the screen (1 = same). */
  public double symbolScale() {
    return symbolScale;
  }

  /** The SYNTHETIC/FICTIONAL label of the data shown (empty for observed data). */
  public String dataLabel() {
    return caveat().dataLabel();
  }

  /** The caveat band's texts: marking, "Exploratory, not predictive" and the data label. */
  public Caveat caveat() {
    return Caveat.of(marking, datasets.toArray(new DatasetInfo[0]));
  }

  /** Builds a {@link LayoutSpec}. */
  public static final class Builder {
    private String title = "";
    private String subtitle = "";
    private PaperSize paper = PaperSize.A4;
    private Orientation orientation = Orientation.LANDSCAPE;
    private double marginMm = 10;
    private String marking = DEFAULT_MARKING;
    private LegendSpec legend = LegendSpec.FLOWS_ONLY;
    private DisclosurePolicy policy;
    private List<DatasetInfo> datasets = new ArrayList<>();
    private List<String> sources = new ArrayList<>();
    private String notes = "";
    private boolean scaleBar = true;
    private boolean northArrow = true;
    private boolean overview = false;
    private LocalDate date;
    private String version;
    private double symbolScale = 1;

    private Builder() {}

    /** Title. */
    public Builder title(String v) {
      title = v;
      return this;
    }

    /** Subtitle. */
    public Builder subtitle(String v) {
      subtitle = v;
      return this;
    }

    /** Sheet size. */
    public Builder paper(PaperSize v) {
      paper = v;
      return this;
    }

    /** Orientation. */
    public Builder orientation(Orientation v) {
      orientation = v;
      return this;
    }

    /** Margin on every side in millimetres (3 mm to a fifth of the short side). */
    public Builder marginMm(double v) {
      marginMm = v;
      return this;
    }

    /** Protective marking (empty for none). */
    public Builder marking(String v) {
      marking = v;
      return this;
    }

    /** Legend headings and classes; null for no legend. */
    public Builder legend(LegendSpec v) {
      legend = v;
      return this;
    }

    /** The disclosure policy of the figures shown (its statement is printed). */
    public Builder policy(DisclosurePolicy v) {
      policy = v;
      return this;
    }

    /** The provenance of the datasets shown (replaces any set before). */
    public Builder datasets(DatasetInfo... v) {
      datasets = new ArrayList<>(List.of(v));
      return this;
    }

    /** Source and licence statements (replaces any set before); see {@link Attributions}. */
    public Builder sources(List<String> v) {
      sources = new ArrayList<>(v);
      return this;
    }

    /** Extra notes. */
    public Builder notes(String v) {
      notes = v;
      return this;
    }

    /** Scale bar on or off. */
    public Builder scaleBar(boolean v) {
      scaleBar = v;
      return this;
    }

    /** North arrow on or off. */
    public Builder northArrow(boolean v) {
      northArrow = v;
      return this;
    }

    /** Overview (locator) map on or off (drawn only when the map shows part of the area). */
    public Builder overview(boolean v) {
      overview = v;
      return this;
    }

    /** Date printed (default today). */
    public Builder date(LocalDate v) {
      date = v;
      return this;
    }

    /** Version printed (default the application's). */
    public Builder version(String v) {
      version = v;
      return this;
    }

    /** Symbol scale relative to the screen (default 1). */
    public Builder symbolScale(double v) {
      symbolScale = v;
      return this;
    }

    /**
     * Builds the spec.
     *
     * @throws IllegalArgumentException for margins or a symbol scale out of range, or a policy
     *     below its export floor (the message says what to change)
     */
    public LayoutSpec build() {
      return new LayoutSpec(this);
    }
  }
}
