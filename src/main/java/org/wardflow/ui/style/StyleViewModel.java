package org.wardflow.ui.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.wardflow.analysis.ClassificationMethod;

/**
 * The style choices of the map as JavaFX properties: the choropleth (measure, classification,
 * classes, palette, manual breaks), school symbols, flows (table, minimum count, top-N, fading,
 * suppressed flows, scale lock) and labels. Toolkit-free; {@link #choropleth()} and {@link
 * #flows()} take immutable snapshots for the background builder.
 */
public final class StyleViewModel {
  private final ObjectProperty<ChoroplethMeasure> measure =
      new SimpleObjectProperty<>(this, "measure", ChoroplethSettings.DEFAULT.measure());
  private final ObjectProperty<ClassificationMethod> method =
      new SimpleObjectProperty<>(this, "method", ChoroplethSettings.DEFAULT.method());
  private final IntegerProperty classes =
      new SimpleIntegerProperty(this, "classes", ChoroplethSettings.DEFAULT.classes());
  private final StringProperty palette =
      new SimpleStringProperty(this, "palette", ChoroplethSettings.DEFAULT.palette());
  private final StringProperty manualBreaks = new SimpleStringProperty(this, "manualBreaks", "");
  private final ObjectProperty<SchoolSizing> schoolSizing =
      new SimpleObjectProperty<>(this, "schoolSizing", SchoolSizing.CYP);
  private final ObjectProperty<FlowTableChoice> flowTable =
      new SimpleObjectProperty<>(this, "flowTable", FlowSettings.DEFAULT.table());
  private final IntegerProperty minCount =
      new SimpleIntegerProperty(this, "minCount", FlowSettings.DEFAULT.minCount());
  private final IntegerProperty topN =
      new SimpleIntegerProperty(this, "topN", FlowSettings.DEFAULT.topN());
  private final BooleanProperty fadeRest =
      new SimpleBooleanProperty(this, "fadeRest", FlowSettings.DEFAULT.fadeRest());
  private final ObjectProperty<HiddenFlows> hiddenFlows =
      new SimpleObjectProperty<>(this, "hiddenFlows", FlowSettings.DEFAULT.hidden());
  private final BooleanProperty scaleLock = new SimpleBooleanProperty(this, "scaleLock");
  private final DoubleProperty lockedPixelsPerCount =
      new SimpleDoubleProperty(this, "lockedPixelsPerCount", Double.NaN);
  private final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);

  /** Creates the view model with the defaults. */
  public StyleViewModel() {}

  /** Every property whose change changes the map. */
  public Observable[] dependencies() {
    return new Observable[] {
      measure,
      method,
      classes,
      palette,
      manualBreaks,
      schoolSizing,
      flowTable,
      minCount,
      topN,
      fadeRest,
      hiddenFlows,
      scaleLock,
      lockedPixelsPerCount,
      labels
    };
  }

  /** A snapshot of the choropleth settings. */
  public ChoroplethSettings choropleth() {
    return new ChoroplethSettings(
        measure.get(),
        method.get(),
        Math.max(1, Math.min(20, classes.get())),
        palette.get(),
        parseBreaks(manualBreaks.get()));
  }

  /** A snapshot of the flow settings. */
  public FlowSettings flows() {
    return new FlowSettings(
        flowTable.get(),
        Math.max(0, minCount.get()),
        Math.max(0, topN.get()),
        fadeRest.get(),
        hiddenFlows.get(),
        scaleLock.get(),
        lockedPixelsPerCount.get());
  }

  /**
   * Reads manual class bounds typed by the user: numbers separated by commas, semicolons or spaces;
   * anything else is ignored.
   */
  public static List<Double> parseBreaks(String text) {
    List<Double> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : text.split("[,;\\s]+")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      try {
        double v = Double.parseDouble(p.toLowerCase(Locale.ROOT));
        if (Double.isFinite(v)) {
          out.add(v);
        }
      } catch (NumberFormatException e) {
        // not a number: left out, the panel shows which bounds were read
      }
    }
    return out;
  }

  /** What the choropleth maps. */
  public ObjectProperty<ChoroplethMeasure> measureProperty() {
    return measure;
  }

  /** The classification method. */
  public ObjectProperty<ClassificationMethod> methodProperty() {
    return method;
  }

  /** The number of classes asked for. */
  public IntegerProperty classesProperty() {
    return classes;
  }

  /** The ColorBrewer palette name. */
  public StringProperty paletteProperty() {
    return palette;
  }

  /** Manual class bounds as typed, e.g. {@code 0, 5, 10, 20, 40}. */
  public StringProperty manualBreaksProperty() {
    return manualBreaks;
  }

  /** What school symbols are sized by. */
  public ObjectProperty<SchoolSizing> schoolSizingProperty() {
    return schoolSizing;
  }

  /** Which table flows are drawn from. */
  public ObjectProperty<FlowTableChoice> flowTableProperty() {
    return flowTable;
  }

  /** Minimum published count of a flow drawn at full strength. */
  public IntegerProperty minCountProperty() {
    return minCount;
  }

  /** Only the N largest flows drawn at full strength (0 = all). */
  public IntegerProperty topNProperty() {
    return topN;
  }

  /** Whether flows failing the filters are drawn faint. */
  public BooleanProperty fadeRestProperty() {
    return fadeRest;
  }

  /** When suppressed flows are drawn dashed. */
  public ObjectProperty<HiddenFlows> hiddenFlowsProperty() {
    return hiddenFlows;
  }

  /** Whether the count → width mapping is kept fixed. */
  public BooleanProperty scaleLockProperty() {
    return scaleLock;
  }

  /** The width per count kept while the scale is locked (NaN when unlocked). */
  public DoubleProperty lockedPixelsPerCountProperty() {
    return lockedPixelsPerCount;
  }

  /** Whether labels are drawn. */
  public BooleanProperty labelsProperty() {
    return labels;
  }
}
