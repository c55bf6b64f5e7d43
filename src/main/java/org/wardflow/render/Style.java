package org.wardflow.render;

import java.awt.Color;
import java.util.Objects;

/**
 * Palette-independent drawing parameters: outline colours and widths, symbol sizes, flow colour and
 * width scale, type, hatching. Colours of classified values are not here — they come with the
 * {@link Scene}. All lengths are in viewport pixels (1/96 inch on a typical screen); use {@link
 * #scaled(double)} to draw the same style on a device with more pixels per inch. Immutable; build
 * variants with {@link #toBuilder()}.
 */
public final class Style {
  // Base map
  private final Color background;
  private final Color baseFill;
  private final Color noDataFill;
  private final Color wardOutline;
  private final float wardOutlineWidth;
  private final Color districtOutline;
  private final float districtOutlineWidth;
  private final Color areaOutline;
  private final float areaOutlineWidth;
  // Suppression hatch
  private final Color suppressedFill;
  private final Color hatchColor;
  private final float hatchWidth;
  private final float hatchSpacing;
  // Selection and highlight
  private final Color selectionColor;
  private final float selectionWidth;
  private final Color highlightColor;
  // Schools
  private final float schoolRadius;
  private final float schoolMinRadius;
  private final float schoolMaxRadius;
  private final Color schoolOutline;
  private final float schoolOutlineWidth;
  private final double schoolScaleLock;
  // Flows
  private final Color flowColor;
  private final float flowMinAlpha;
  private final float flowMaxAlpha;
  private final float flowMinWidth;
  private final float flowMaxWidth;
  private final double flowScaleLock;
  private final float flowCurvature;
  private final float flowTaper;
  private final Color fadedFlowColor;
  private final Color hiddenFlowColor;
  private final float hiddenFlowWidth;
  private final float hiddenFlowDash;
  // Type
  private final String fontFamily;
  private final float fontScale;
  private final float wardLabelSize;
  private final float districtLabelSize;
  private final float schoolLabelSize;
  private final Color labelColor;
  private final Color districtLabelColor;
  private final Color haloColor;
  private final float haloWidth;
  private final String name;

  private Style(Builder b) {
    this.background = b.background;
    this.baseFill = b.baseFill;
    this.noDataFill = b.noDataFill;
    this.wardOutline = b.wardOutline;
    this.wardOutlineWidth = nonNegative(b.wardOutlineWidth, "wardOutlineWidth");
    this.districtOutline = b.districtOutline;
    this.districtOutlineWidth = nonNegative(b.districtOutlineWidth, "districtOutlineWidth");
    this.areaOutline = b.areaOutline;
    this.areaOutlineWidth = nonNegative(b.areaOutlineWidth, "areaOutlineWidth");
    this.suppressedFill = b.suppressedFill;
    this.hatchColor = b.hatchColor;
    this.hatchWidth = positive(b.hatchWidth, "hatchWidth");
    this.hatchSpacing = positive(b.hatchSpacing, "hatchSpacing");
    this.selectionColor = b.selectionColor;
    this.selectionWidth = positive(b.selectionWidth, "selectionWidth");
    this.highlightColor = b.highlightColor;
    this.schoolRadius = positive(b.schoolRadius, "schoolRadius");
    this.schoolMinRadius = positive(b.schoolMinRadius, "schoolMinRadius");
    this.schoolMaxRadius = positive(b.schoolMaxRadius, "schoolMaxRadius");
    if (schoolMaxRadius < schoolMinRadius) {
      throw new IllegalArgumentException("schoolMaxRadius must be ≥ schoolMinRadius");
    }
    this.schoolOutline = b.schoolOutline;
    this.schoolOutlineWidth = nonNegative(b.schoolOutlineWidth, "schoolOutlineWidth");
    this.schoolScaleLock = b.schoolScaleLock;
    this.flowColor = b.flowColor;
    this.flowMinAlpha = unit(b.flowMinAlpha, "flowMinAlpha");
    this.flowMaxAlpha = unit(b.flowMaxAlpha, "flowMaxAlpha");
    this.flowMinWidth = positive(b.flowMinWidth, "flowMinWidth");
    this.flowMaxWidth = positive(b.flowMaxWidth, "flowMaxWidth");
    if (flowMaxWidth < flowMinWidth) {
      throw new IllegalArgumentException("flowMaxWidth must be ≥ flowMinWidth");
    }
    this.flowScaleLock = b.flowScaleLock;
    this.flowCurvature = b.flowCurvature;
    this.flowTaper = unit(b.flowTaper, "flowTaper");
    this.fadedFlowColor = b.fadedFlowColor;
    this.hiddenFlowColor = b.hiddenFlowColor;
    this.hiddenFlowWidth = positive(b.hiddenFlowWidth, "hiddenFlowWidth");
    this.hiddenFlowDash = positive(b.hiddenFlowDash, "hiddenFlowDash");
    this.fontFamily = Objects.requireNonNull(b.fontFamily, "fontFamily");
    this.fontScale = positive(b.fontScale, "fontScale");
    this.wardLabelSize = positive(b.wardLabelSize, "wardLabelSize");
    this.districtLabelSize = positive(b.districtLabelSize, "districtLabelSize");
    this.schoolLabelSize = positive(b.schoolLabelSize, "schoolLabelSize");
    this.labelColor = b.labelColor;
    this.districtLabelColor = b.districtLabelColor;
    this.haloColor = b.haloColor;
    this.haloWidth = nonNegative(b.haloWidth, "haloWidth");
    this.name = b.name;
    for (Color c :
        new Color[] {
          background, baseFill, noDataFill, wardOutline, districtOutline, areaOutline,
          suppressedFill, hatchColor, selectionColor, highlightColor, schoolOutline, flowColor,
          fadedFlowColor, hiddenFlowColor, labelColor, districtLabelColor, haloColor
        }) {
      Objects.requireNonNull(c, "style colours must not be null");
    }
  }

  private static float positive(float v, String what) {
    if (!(v > 0) || Float.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be positive: " + v);
    }
    return v;
  }

  private static float nonNegative(float v, String what) {
    if (!(v >= 0) || Float.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be zero or positive: " + v);
    }
    return v;
  }

  private static float unit(float v, String what) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(what + " must be in 0..1: " + v);
    }
    return v;
  }

  /**
   * The standard style: a light, quiet base map (subtle white ward outlines, grey district lines)
   * under dark-ink flows, so the choropleth colours of the scene carry the message.
   */
  public static Style standard() {
    return new Builder().build();
  }

  /**
   * High contrast: black outlines and text, white halos, opaque flows in black-blue, stronger hatch
   * — for projectors and users who need more contrast. Scene colours are unchanged.
   */
  public static Style highContrast() {
    return standard().withHighContrast().toBuilder().name("high-contrast").build();
  }

  /**
   * This style made high contrast (the changes of {@link #highContrast()} applied over it, named
   * {@code NAME+high-contrast}); other settings, such as presentation sizes, are kept.
   */
  public Style withHighContrast() {
    return toBuilder()
        .name(name + "+high-contrast")
        .background(Color.WHITE)
        .wardOutline(new Color(0, 0, 0, 200))
        .wardOutlineWidth(0.9f)
        .districtOutline(Color.BLACK)
        .districtOutlineWidth(2.0f)
        .areaOutline(Color.BLACK)
        .areaOutlineWidth(2.0f)
        .hatchColor(Color.BLACK)
        .hatchWidth(1.2f)
        .suppressedFill(Color.WHITE)
        .noDataFill(new Color(0xBDBDBD))
        .selectionColor(new Color(0xD4007A))
        .highlightColor(new Color(0xD4007A))
        .schoolOutline(Color.WHITE)
        .schoolOutlineWidth(1.0f)
        .flowColor(new Color(0x00205B))
        .flowMinAlpha(0.55f)
        .flowMaxAlpha(1f)
        .hiddenFlowColor(new Color(0x404040))
        .labelColor(Color.BLACK)
        .districtLabelColor(Color.BLACK)
        .haloColor(Color.WHITE)
        .haloWidth(3f)
        .build();
  }

  /**
   * Presentation: thicker lines and larger type, readable when a 1280×720 screen is shared in a
   * committee meeting.
   */
  public static Style presentation() {
    return presentationOf(standard());
  }

  /** The presentation variant of another style (lines ×1.6, symbols ×1.25, type ×1.35). */
  public static Style presentationOf(Style base) {
    Style s = base.scaledLines(1.6f);
    return s.toBuilder()
        .name(base.name() + "+presentation")
        .fontScale(base.fontScale() * 1.35f)
        .schoolRadius(base.schoolRadius() * 1.25f)
        .schoolMinRadius(base.schoolMinRadius() * 1.25f)
        .schoolMaxRadius(base.schoolMaxRadius() * 1.25f)
        .build();
  }

  /**
   * This style with every length (line widths, symbol sizes, hatch spacing, type) multiplied — for
   * drawing the same map at another pixel density, e.g. {@code scaled(300 / 96.0)} for a 300-dpi
   * export whose viewport is in device pixels.
   *
   * @param factor positive scale factor
   */
  public Style scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("scale factor must be positive: " + factor);
    }
    float f = (float) factor;
    Style s = scaledLines(f);
    return s.toBuilder()
        .fontScale(fontScale * f)
        .schoolRadius(schoolRadius * f)
        .schoolMinRadius(schoolMinRadius * f)
        .schoolMaxRadius(schoolMaxRadius * f)
        .hatchSpacing(hatchSpacing * f)
        .build();
  }

  private Style scaledLines(float f) {
    Builder b = toBuilder();
    b.wardOutlineWidth *= f;
    b.districtOutlineWidth *= f;
    b.areaOutlineWidth *= f;
    b.hatchWidth *= f;
    b.selectionWidth *= f;
    b.schoolOutlineWidth *= f;
    b.flowMinWidth *= f;
    b.flowMaxWidth *= f;
    b.hiddenFlowWidth *= f;
    b.hiddenFlowDash *= f;
    b.haloWidth *= f;
    if (flowScaleLock > 0) {
      // the lock is pixels per count: keep it proportional to the new line widths
      b.flowScaleLock = flowScaleLock * f;
    }
    return b.build();
  }

  /** A builder initialised with this style's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder initialised with the standard style. */
  public static Builder builder() {
    return new Builder();
  }

  /** Name of the variant (for manifests and debugging). */
  public String name() {
    return name;
  }

  /** Map background outside the wards (alpha 0 leaves the surface untouched). */
  public Color background() {
    return background;
  }

  /** Fill of wards the scene gives no colour, no-data or suppressed status (plain base map). */
  public Color baseFill() {
    return baseFill;
  }

  /** Fill of no-data wards. */
  public Color noDataFill() {
    return noDataFill;
  }

  /** Outline between wards of the same district. */
  public Color wardOutline() {
    return wardOutline;
  }

  /** Width of ward outlines in pixels (0 = none). */
  public float wardOutlineWidth() {
    return wardOutlineWidth;
  }

  /** Outline between districts. */
  public Color districtOutline() {
    return districtOutline;
  }

  /** Width of district outlines (0 = none). */
  public float districtOutlineWidth() {
    return districtOutlineWidth;
  }

  /** Outline of the whole study area. */
  public Color areaOutline() {
    return areaOutline;
  }

  /** Width of the study-area outline (0 = none). */
  public float areaOutlineWidth() {
    return areaOutlineWidth;
  }

  /** Background of suppressed (hatched) wards. */
  public Color suppressedFill() {
    return suppressedFill;
  }

  /** Colour of the hatch lines of suppressed wards. */
  public Color hatchColor() {
    return hatchColor;
  }

  /** Width of hatch lines. */
  public float hatchWidth() {
    return hatchWidth;
  }

  /** Distance between hatch lines (pixels, measured perpendicular to the lines). */
  public float hatchSpacing() {
    return hatchSpacing;
  }

  /** Colour of the selected ward's or school's outline. */
  public Color selectionColor() {
    return selectionColor;
  }

  /** Width of the selection outline. */
  public float selectionWidth() {
    return selectionWidth;
  }

  /** Ring colour of schools highlighted by a selection (destinations of a selected ward). */
  public Color highlightColor() {
    return highlightColor;
  }

  /** Radius of a school symbol that is not sized by a value. */
  public float schoolRadius() {
    return schoolRadius;
  }

  /** Smallest radius of a sized school symbol (so small values stay visible). */
  public float schoolMinRadius() {
    return schoolMinRadius;
  }

  /** Radius of a sized symbol at the scale's reference value. */
  public float schoolMaxRadius() {
    return schoolMaxRadius;
  }

  /** Outline of school symbols (for contrast against any fill). */
  public Color schoolOutline() {
    return schoolOutline;
  }

  /** Width of school symbol outlines. */
  public float schoolOutlineWidth() {
    return schoolOutlineWidth;
  }

  /**
   * Scale lock for school symbols: the value drawn at {@link #schoolMaxRadius()}; 0 or NaN = not
   * locked (the largest value in the scene is used).
   */
  public double schoolScaleLock() {
    return schoolScaleLock;
  }

  /** Colour of flow lines (alpha is set per flow from its magnitude). */
  public Color flowColor() {
    return flowColor;
  }

  /** Opacity of the smallest flows. */
  public float flowMinAlpha() {
    return flowMinAlpha;
  }

  /** Opacity of the largest flows. */
  public float flowMaxAlpha() {
    return flowMaxAlpha;
  }

  /** Thinnest flow width (small counts are drawn at least this wide). */
  public float flowMinWidth() {
    return flowMinWidth;
  }

  /** Width of the largest flow when the scale is not locked; cap when it is. */
  public float flowMaxWidth() {
    return flowMaxWidth;
  }

  /**
   * Scale lock for flows in pixels per count (width = count × lock), so widths are comparable
   * across views; 0 or NaN = not locked (the largest displayed flow gets {@link #flowMaxWidth()}).
   */
  public double flowScaleLock() {
    return flowScaleLock;
  }

  /** Bend of flow curves as a fraction of their length (0 = straight). */
  public float flowCurvature() {
    return flowCurvature;
  }

  /** Width at the school end of a flow as a fraction of its width at the ward end (tapering). */
  public float flowTaper() {
    return flowTaper;
  }

  /** Colour (with alpha) of flows faded by the display filters. */
  public Color fadedFlowColor() {
    return fadedFlowColor;
  }

  /** Colour of hidden (suppressed) flows, drawn dashed at a fixed width. */
  public Color hiddenFlowColor() {
    return hiddenFlowColor;
  }

  /** Fixed width of hidden flows. */
  public float hiddenFlowWidth() {
    return hiddenFlowWidth;
  }

  /** Dash length (and gap) of hidden flows. */
  public float hiddenFlowDash() {
    return hiddenFlowDash;
  }

  /** Font family of all text. */
  public String fontFamily() {
    return fontFamily;
  }

  /** Multiplier of every type size. */
  public float fontScale() {
    return fontScale;
  }

  /** Size of ward labels (before {@link #fontScale()}). */
  public float wardLabelSize() {
    return wardLabelSize;
  }

  /** Size of district labels (before {@link #fontScale()}). */
  public float districtLabelSize() {
    return districtLabelSize;
  }

  /** Size of school and flow-value labels (before {@link #fontScale()}). */
  public float schoolLabelSize() {
    return schoolLabelSize;
  }

  /** Colour of label text. */
  public Color labelColor() {
    return labelColor;
  }

  /** Colour of district labels. */
  public Color districtLabelColor() {
    return districtLabelColor;
  }

  /** Colour of the halo around label text. */
  public Color haloColor() {
    return haloColor;
  }

  /** Width of the halo (0 = none). */
  public float haloWidth() {
    return haloWidth;
  }

  @Override
  public String toString() {
    return "Style[" + name + "]";
  }

  /** Builds a {@link Style}; starts from the standard values. */
  public static final class Builder {
    private Color background = new Color(0xF4F3EF);
    private Color baseFill = new Color(0xE8E6E1);
    private Color noDataFill = new Color(0xD9D9D9);
    private Color wardOutline = new Color(255, 255, 255, 215);
    private float wardOutlineWidth = 0.75f;
    private Color districtOutline = new Color(0x5B5E66);
    private float districtOutlineWidth = 1.1f;
    private Color areaOutline = new Color(0x3F4249);
    private float areaOutlineWidth = 1.2f;
    private Color suppressedFill = new Color(0xF2F2F2);
    private Color hatchColor = new Color(0x8C8C8C);
    private float hatchWidth = 0.9f;
    private float hatchSpacing = 5f;
    private Color selectionColor = new Color(0x111111);
    private float selectionWidth = 2.2f;
    private Color highlightColor = new Color(0xC2185B);
    private float schoolRadius = 2.6f;
    private float schoolMinRadius = 2f;
    private float schoolMaxRadius = 12f;
    private Color schoolOutline = new Color(255, 255, 255, 230);
    private float schoolOutlineWidth = 0.8f;
    private double schoolScaleLock = Double.NaN;
    private Color flowColor = new Color(0x1B2A5A);
    private float flowMinAlpha = 0.28f;
    private float flowMaxAlpha = 0.85f;
    private float flowMinWidth = 0.6f;
    private float flowMaxWidth = 9f;
    private double flowScaleLock = Double.NaN;
    private float flowCurvature = 0.16f;
    private float flowTaper = 0.35f;
    private Color fadedFlowColor = new Color(90, 90, 100, 38);
    private Color hiddenFlowColor = new Color(96, 98, 108, 120);
    private float hiddenFlowWidth = 0.7f;
    private float hiddenFlowDash = 3f;
    private String fontFamily = "SansSerif";
    private float fontScale = 1f;
    private float wardLabelSize = 10.5f;
    private float districtLabelSize = 13f;
    private float schoolLabelSize = 10f;
    private Color labelColor = new Color(0x2B2D33);
    private Color districtLabelColor = new Color(0x4A4D55);
    private Color haloColor = new Color(255, 255, 255, 220);
    private float haloWidth = 2.4f;
    private String name = "standard";

    private Builder() {}

    private Builder(Style s) {
      background = s.background;
      baseFill = s.baseFill;
      noDataFill = s.noDataFill;
      wardOutline = s.wardOutline;
      wardOutlineWidth = s.wardOutlineWidth;
      districtOutline = s.districtOutline;
      districtOutlineWidth = s.districtOutlineWidth;
      areaOutline = s.areaOutline;
      areaOutlineWidth = s.areaOutlineWidth;
      suppressedFill = s.suppressedFill;
      hatchColor = s.hatchColor;
      hatchWidth = s.hatchWidth;
      hatchSpacing = s.hatchSpacing;
      selectionColor = s.selectionColor;
      selectionWidth = s.selectionWidth;
      highlightColor = s.highlightColor;
      schoolRadius = s.schoolRadius;
      schoolMinRadius = s.schoolMinRadius;
      schoolMaxRadius = s.schoolMaxRadius;
      schoolOutline = s.schoolOutline;
      schoolOutlineWidth = s.schoolOutlineWidth;
      schoolScaleLock = s.schoolScaleLock;
      flowColor = s.flowColor;
      flowMinAlpha = s.flowMinAlpha;
      flowMaxAlpha = s.flowMaxAlpha;
      flowMinWidth = s.flowMinWidth;
      flowMaxWidth = s.flowMaxWidth;
      flowScaleLock = s.flowScaleLock;
      flowCurvature = s.flowCurvature;
      flowTaper = s.flowTaper;
      fadedFlowColor = s.fadedFlowColor;
      hiddenFlowColor = s.hiddenFlowColor;
      hiddenFlowWidth = s.hiddenFlowWidth;
      hiddenFlowDash = s.hiddenFlowDash;
      fontFamily = s.fontFamily;
      fontScale = s.fontScale;
      wardLabelSize = s.wardLabelSize;
      districtLabelSize = s.districtLabelSize;
      schoolLabelSize = s.schoolLabelSize;
      labelColor = s.labelColor;
      districtLabelColor = s.districtLabelColor;
      haloColor = s.haloColor;
      haloWidth = s.haloWidth;
      name = s.name;
    }

    /** Sets {@link Style#name()}. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** Sets {@link Style#background()}. */
    public Builder background(Color v) {
      background = v;
      return this;
    }

    /** Sets {@link Style#baseFill()}. */
    public Builder baseFill(Color v) {
      baseFill = v;
      return this;
    }

    /** Sets {@link Style#noDataFill()}. */
    public Builder noDataFill(Color v) {
      noDataFill = v;
      return this;
    }

    /** Sets {@link Style#wardOutline()}. */
    public Builder wardOutline(Color v) {
      wardOutline = v;
      return this;
    }

    /** Sets {@link Style#wardOutlineWidth()}. */
    public Builder wardOutlineWidth(float v) {
      wardOutlineWidth = v;
      return this;
    }

    /** Sets {@link Style#districtOutline()}. */
    public Builder districtOutline(Color v) {
      districtOutline = v;
      return this;
    }

    /** Sets {@link Style#districtOutlineWidth()}. */
    public Builder districtOutlineWidth(float v) {
      districtOutlineWidth = v;
      return this;
    }

    /** Sets {@link Style#areaOutline()}. */
    public Builder areaOutline(Color v) {
      areaOutline = v;
      return this;
    }

    /** Sets {@link Style#areaOutlineWidth()}. */
    public Builder areaOutlineWidth(float v) {
      areaOutlineWidth = v;
      return this;
    }

    /** Sets {@link Style#suppressedFill()}. */
    public Builder suppressedFill(Color v) {
      suppressedFill = v;
      return this;
    }

    /** Sets {@link Style#hatchColor()}. */
    public Builder hatchColor(Color v) {
      hatchColor = v;
      return this;
    }

    /** Sets {@link Style#hatchWidth()}. */
    public Builder hatchWidth(float v) {
      hatchWidth = v;
      return this;
    }

    /** Sets {@link Style#hatchSpacing()}. */
    public Builder hatchSpacing(float v) {
      hatchSpacing = v;
      return this;
    }

    /** Sets {@link Style#selectionColor()}. */
    public Builder selectionColor(Color v) {
      selectionColor = v;
      return this;
    }

    /** Sets {@link Style#selectionWidth()}. */
    public Builder selectionWidth(float v) {
      selectionWidth = v;
      return this;
    }

    /** Sets {@link Style#highlightColor()}. */
    public Builder highlightColor(Color v) {
      highlightColor = v;
      return this;
    }

    /** Sets {@link Style#schoolRadius()}. */
    public Builder schoolRadius(float v) {
      schoolRadius = v;
      return this;
    }

    /** Sets {@link Style#schoolMinRadius()}. */
    public Builder schoolMinRadius(float v) {
      schoolMinRadius = v;
      return this;
    }

    /** Sets {@link Style#schoolMaxRadius()}. */
    public Builder schoolMaxRadius(float v) {
      schoolMaxRadius = v;
      return this;
    }

    /** Sets {@link Style#schoolOutline()}. */
    public Builder schoolOutline(Color v) {
      schoolOutline = v;
      return this;
    }

    /** Sets {@link Style#schoolOutlineWidth()}. */
    public Builder schoolOutlineWidth(float v) {
      schoolOutlineWidth = v;
      return this;
    }

    /** Sets {@link Style#schoolScaleLock()} (value at the maximum radius; NaN = unlocked). */
    public Builder schoolScaleLock(double v) {
      schoolScaleLock = v;
      return this;
    }

    /** Sets {@link Style#flowColor()}. */
    public Builder flowColor(Color v) {
      flowColor = v;
      return this;
    }

    /** Sets {@link Style#flowMinAlpha()}. */
    public Builder flowMinAlpha(float v) {
      flowMinAlpha = v;
      return this;
    }

    /** Sets {@link Style#flowMaxAlpha()}. */
    public Builder flowMaxAlpha(float v) {
      flowMaxAlpha = v;
      return this;
    }

    /** Sets {@link Style#flowMinWidth()}. */
    public Builder flowMinWidth(float v) {
      flowMinWidth = v;
      return this;
    }

    /** Sets {@link Style#flowMaxWidth()}. */
    public Builder flowMaxWidth(float v) {
      flowMaxWidth = v;
      return this;
    }

    /** Sets {@link Style#flowScaleLock()} (pixels per count; NaN = unlocked). */
    public Builder flowScaleLock(double v) {
      flowScaleLock = v;
      return this;
    }

    /** Sets {@link Style#flowCurvature()}. */
    public Builder flowCurvature(float v) {
      flowCurvature = v;
      return this;
    }

    /** Sets {@link Style#flowTaper()}. */
    public Builder flowTaper(float v) {
      flowTaper = v;
      return this;
    }

    /** Sets {@link Style#fadedFlowColor()}. */
    public Builder fadedFlowColor(Color v) {
      fadedFlowColor = v;
      return this;
    }

    /** Sets {@link Style#hiddenFlowColor()}. */
    public Builder hiddenFlowColor(Color v) {
      hiddenFlowColor = v;
      return this;
    }

    /** Sets {@link Style#hiddenFlowWidth()}. */
    public Builder hiddenFlowWidth(float v) {
      hiddenFlowWidth = v;
      return this;
    }

    /** Sets {@link Style#hiddenFlowDash()}. */
    public Builder hiddenFlowDash(float v) {
      hiddenFlowDash = v;
      return this;
    }

    /** Sets {@link Style#fontFamily()}. */
    public Builder fontFamily(String v) {
      fontFamily = v;
      return this;
    }

    /** Sets {@link Style#fontScale()}. */
    public Builder fontScale(float v) {
      fontScale = v;
      return this;
    }

    /** Sets {@link Style#wardLabelSize()}. */
    public Builder wardLabelSize(float v) {
      wardLabelSize = v;
      return this;
    }

    /** Sets {@link Style#districtLabelSize()}. */
    public Builder districtLabelSize(float v) {
      districtLabelSize = v;
      return this;
    }

    /** Sets {@link Style#schoolLabelSize()}. */
    public Builder schoolLabelSize(float v) {
      schoolLabelSize = v;
      return this;
    }

    /** Sets {@link Style#labelColor()}. */
    public Builder labelColor(Color v) {
      labelColor = v;
      return this;
    }

    /** Sets {@link Style#districtLabelColor()}. */
    public Builder districtLabelColor(Color v) {
      districtLabelColor = v;
      return this;
    }

    /** Sets {@link Style#haloColor()}. */
    public Builder haloColor(Color v) {
      haloColor = v;
      return this;
    }

    /** Sets {@link Style#haloWidth()}. */
    public Builder haloWidth(float v) {
      haloWidth = v;
      return this;
    }

    /**
     * Builds the style.
     *
     * @throws IllegalArgumentException on a negative or non-finite size, or min &gt; max
     */
    public Style build() {
      return new Style(this);
    }
  }
}
