package org.wardflow.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wardflow.analysis.Classification;
import org.wardflow.analysis.Classifier;
import org.wardflow.analysis.ListComparison;
import org.wardflow.analysis.ListComparison.Agreement;
import org.wardflow.analysis.ListMatch;
import org.wardflow.analysis.ListMatcher;
import org.wardflow.analysis.MatchReport;
import org.wardflow.analysis.RankedSchool;
import org.wardflow.analysis.RankingInput;
import org.wardflow.analysis.RankingOptions;
import org.wardflow.analysis.RankingResult;
import org.wardflow.analysis.SchoolFilter;
import org.wardflow.analysis.SchoolMeasure;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.io.VruList;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.WardIndicator;
import org.wardflow.render.WardFills;
import org.wardflow.ui.map.MapTarget;

/**
 * The view model of the side-by-side comparison of the VRU list with the analysis's ranking: the
 * inputs (published tables, ward indicators, the matched list), the settings (measure, smoothing,
 * phase and district filter, k, swipe mode), the results (ranking, comparison, table rows) and the
 * selection shared with the maps and the rest of the app. No toolkit: unit-tested without JavaFX.
 *
 * <p>Ranking is slow (simulation), so it is not run here: whenever an input or setting it depends
 * on changes, {@link #rankingRequestProperty()} gets a new {@link RankingRequest}; the view runs it
 * off the FX thread and hands the result to {@link #accept}. Results of superseded requests are
 * ignored. Changing k only recompares (fast, no re-ranking). Tests call {@link #rankNow()}.
 */
public final class ComparisonViewModel {
  /** The caveat shown on the view. */
  public static final String CAVEAT =
      "Exploratory, not predictive — rank intervals show uncertainty; schools in the same tie"
          + " group cannot be told apart.";

  /** Default k. */
  public static final int DEFAULT_K = 10;

  /** Most classes of the CYP-source ward fills. */
  static final int SOURCE_CLASSES = 4;

  /**
   * A ranking to run: an immutable snapshot of the input and options.
   *
   * @param generation increasing number; only the latest request's result is accepted
   * @param input published figures
   * @param options measure, filter, smoothing
   */
  public record RankingRequest(long generation, RankingInput input, RankingOptions options) {
    /** Runs the ranking (slow: call off the FX thread). */
    public RankingResult run() {
      return org.wardflow.analysis.SchoolRanker.rank(input, options);
    }
  }

  /**
   * One class of the CYP-source legend.
   *
   * @param label e.g. "5–8 CYP"
   * @param argb fill colour, or 0 for the hatched "hidden" swatch
   */
  public record LegendItem(String label, int argb) {}

  private final Geography geography;
  private final ObjectProperty<PublishedTable> cyp = new SimpleObjectProperty<>(this, "cyp");
  private final ObjectProperty<PublishedTable> allPupils =
      new SimpleObjectProperty<>(this, "allPupils");
  private final ObservableList<WardIndicator> indicators = FXCollections.observableArrayList();
  private final ObjectProperty<WardIndicator> indicator =
      new SimpleObjectProperty<>(this, "indicator");
  private final ObjectProperty<SchoolMeasure> measure =
      new SimpleObjectProperty<>(this, "measure", SchoolMeasure.CYP_COUNT);
  private final BooleanProperty smoothing = new SimpleBooleanProperty(this, "smoothing");
  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase");
  private final ObjectProperty<String> district = new SimpleObjectProperty<>(this, "district");
  private final IntegerProperty k = new SimpleIntegerProperty(this, "k", DEFAULT_K);
  private final ObjectProperty<MatchReport> matchReport =
      new SimpleObjectProperty<>(this, "matchReport");
  private final ReadOnlyObjectWrapper<RankingRequest> rankingRequest =
      new ReadOnlyObjectWrapper<>(this, "rankingRequest");
  private final ReadOnlyObjectWrapper<RankingResult> ranking =
      new ReadOnlyObjectWrapper<>(this, "ranking");
  private final ReadOnlyObjectWrapper<ListComparison> comparison =
      new ReadOnlyObjectWrapper<>(this, "comparison");
  private final ObservableList<ListComparison.Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<MapTarget> selection = new SimpleObjectProperty<>(this, "selection");
  private final ReadOnlyObjectWrapper<MapOverlay> overlay =
      new ReadOnlyObjectWrapper<>(this, "overlay", MapOverlay.EMPTY);
  private final ObservableList<LegendItem> sourceLegend = FXCollections.observableArrayList();
  private final BooleanProperty swipe = new SimpleBooleanProperty(this, "swipe");
  private final DoubleProperty swipePosition = new SimpleDoubleProperty(this, "swipePosition", 0.5);
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
  private final StringProperty status = new SimpleStringProperty(this, "status", "");
  private final StringProperty hiddenRowsNote =
      new SimpleStringProperty(this, "hiddenRowsNote", "");

  private long generation;

  /**
   * Creates the view model.
   *
   * @param geography wards and schools
   */
  public ComparisonViewModel(Geography geography) {
    this.geography = Objects.requireNonNull(geography, "geography");
    Runnable rerank = this::requestRanking;
    cyp.addListener((Observable o) -> rerank.run());
    allPupils.addListener((Observable o) -> rerank.run());
    measure.addListener((Observable o) -> rerank.run());
    smoothing.addListener((Observable o) -> rerank.run());
    phase.addListener((Observable o) -> rerank.run());
    district.addListener((Observable o) -> rerank.run());
    indicator.addListener(
        (Observable o) -> {
          if (measure.get() == SchoolMeasure.EXPOSURE_INDEX) {
            rerank.run();
          }
        });
    indicators.addListener(
        (Observable o) -> {
          if (indicator.get() == null || !indicators.contains(indicator.get())) {
            indicator.set(defaultIndicator(indicators));
          }
        });
    k.addListener((Observable o) -> recompare());
    matchReport.addListener((Observable o) -> recompare());
    selection.addListener((Observable o) -> updateOverlay());
  }

  // ---- inputs -------------------------------------------------------------------------------

  /** The geography compared on. */
  public Geography geography() {
    return geography;
  }

  /** The published CYP table ranked. */
  public ObjectProperty<PublishedTable> cypProperty() {
    return cyp;
  }

  /** The published all-pupils table (weights of the exposure index), or null. */
  public ObjectProperty<PublishedTable> allPupilsProperty() {
    return allPupils;
  }

  /** Ward indicators the exposure index can use. */
  public ObservableList<WardIndicator> indicators() {
    return indicators;
  }

  /** The ward indicator of the exposure index. */
  public ObjectProperty<WardIndicator> indicatorProperty() {
    return indicator;
  }

  /** The matched VRU list, or null before one is loaded. */
  public ObjectProperty<MatchReport> matchReportProperty() {
    return matchReport;
  }

  /** Matches a list read from a file against the school layer and shows it. */
  public MatchReport loadList(VruList list) {
    MatchReport r = ListMatcher.match(list, geography.schools());
    matchReport.set(r);
    Map<org.wardflow.analysis.MatchStatus, Integer> c = r.counts();
    status.set(
        "List "
            + list.file().getFileName()
            + ": "
            + r.accepted().size()
            + " of "
            + list.size()
            + " entries matched"
            + (r.needingConfirmation().isEmpty()
                ? ""
                : "; " + r.needingConfirmation().size() + " to check in List matching")
            + (c.getOrDefault(org.wardflow.analysis.MatchStatus.UNMATCHED, 0) > 0
                ? "; " + c.get(org.wardflow.analysis.MatchStatus.UNMATCHED) + " not found"
                : "")
            + ".");
    return r;
  }

  /**
   * Accepts or rejects the match of a list entry (the user's decision on a fuzzy match).
   *
   * @param m the match
   * @param accept true to confirm it, false to reject it
   */
  public void decide(ListMatch m, boolean accept) {
    MatchReport r = matchReport.get();
    if (r == null || m.school() == null) {
      return;
    }
    matchReport.set(
        accept ? r.confirm(m.entry().line(), m.school().urn()) : r.reject(m.entry().line()));
  }

  // ---- settings -----------------------------------------------------------------------------

  /** What schools are ranked by. */
  public ObjectProperty<SchoolMeasure> measureProperty() {
    return measure;
  }

  /** Empirical-Bayes smoothing of rates. */
  public BooleanProperty smoothingProperty() {
    return smoothing;
  }

  /** Phase filter (null = all phases). */
  public ObjectProperty<Phase> phaseProperty() {
    return phase;
  }

  /** District filter (null = all districts). */
  public ObjectProperty<String> districtProperty() {
    return district;
  }

  /** How many of the analysis's schools are compared. */
  public IntegerProperty kProperty() {
    return k;
  }

  /** True when one swiped map is shown instead of two side by side. */
  public BooleanProperty swipeProperty() {
    return swipe;
  }

  /** Where the swipe divider is, as a fraction of the map width (list left of it). */
  public DoubleProperty swipePositionProperty() {
    return swipePosition;
  }

  /** The phases present in the school layer. */
  public List<Phase> phases() {
    return geography.schools().schools().stream().map(School::phase).distinct().sorted().toList();
  }

  /** The districts of the school layer, sorted. */
  public List<String> districts() {
    TreeSet<String> d = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (School s : geography.schools().schools()) {
      if (!s.district().isBlank()) {
        d.add(s.district());
      }
    }
    return List.copyOf(d);
  }

  // ---- ranking ------------------------------------------------------------------------------

  /** The latest ranking to run (the view runs it off the FX thread), or null. */
  public ReadOnlyObjectProperty<RankingRequest> rankingRequestProperty() {
    return rankingRequest.getReadOnlyProperty();
  }

  /** True while a ranking is being computed. */
  public BooleanProperty busyProperty() {
    return busy;
  }

  /** The latest message for the status line. */
  public StringProperty statusProperty() {
    return status;
  }

  /** Explains rows left out of the table by the filter (empty when none). */
  public StringProperty hiddenRowsNoteProperty() {
    return hiddenRowsNote;
  }

  /** The options the next ranking uses. */
  public RankingOptions options() {
    SchoolFilter f = SchoolFilter.ALL;
    if (phase.get() != null) {
      f = SchoolFilter.phases(phase.get());
    }
    if (district.get() != null) {
      f = f.withDistricts(district.get());
    }
    return RankingOptions.defaults(measure.get())
        .withFilter(f)
        .withSmoothing(smoothing.get() && measure.get() == SchoolMeasure.RATE_PER_100_PUPILS);
  }

  private void requestRanking() {
    PublishedTable t = cyp.get();
    if (t == null) {
      return;
    }
    if (measure.get() == SchoolMeasure.EXPOSURE_INDEX && indicator.get() == null) {
      status.set("The exposure index needs a ward indicator: load one (a rate by ward code).");
      return;
    }
    // hidden cells bounded by what the publication allows (computed with the ranking, off the FX
    // thread); hidden school totals are drawn together to add up to the published grand total
    RankingInput in = RankingInput.of(t, geography.schools());
    if (allPupils.get() != null) {
      in = in.withAllPupils(allPupils.get());
    }
    if (indicator.get() != null) {
      in = in.withIndicator(indicator.get());
    }
    busy.set(true);
    rankingRequest.set(new RankingRequest(++generation, in, options()));
  }

  /**
   * Takes the result of a ranking request; ignored when a newer request has been made since.
   *
   * @return true when the result was taken
   */
  public boolean accept(RankingRequest request, RankingResult result) {
    if (request == null || request.generation() != generation) {
      return false;
    }
    busy.set(false);
    ranking.set(result);
    recompare();
    status.set(
        result.size()
            + " schools ranked by "
            + result.measureLabel()
            + (result.notRanked().isEmpty()
                ? ""
                : " (" + result.notRanked().size() + " not ranked)")
            + ".");
    return true;
  }

  /** A ranking request failed: says why in the status line. */
  public void failed(RankingRequest request, Throwable e) {
    if (request != null && request.generation() == generation) {
      busy.set(false);
      status.set(
          "The ranking could not be computed: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  /** Runs the latest ranking request on this thread (for tests and scripts). */
  public void rankNow() {
    RankingRequest r = rankingRequest.get();
    if (r != null) {
      accept(r, r.run());
    }
  }

  /** The latest ranking, or null. */
  public ReadOnlyObjectProperty<RankingResult> rankingProperty() {
    return ranking.getReadOnlyProperty();
  }

  /** The comparison at the current k, or null before the first ranking. */
  public ReadOnlyObjectProperty<ListComparison> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }

  /** The current comparison, or null. */
  public ListComparison getComparison() {
    return comparison.get();
  }

  /** The comparison table rows passing the phase and district filters. */
  public ObservableList<ListComparison.Row> rows() {
    return rows;
  }

  /** The largest k (the number of schools ranked; at least 1). */
  public int maxK() {
    RankingResult r = ranking.get();
    return r == null ? Math.max(1, k.get()) : Math.max(1, r.size());
  }

  private void recompare() {
    RankingResult r = ranking.get();
    if (r == null) {
      return;
    }
    if (r.size() == 0) {
      comparison.set(null);
      rows.clear();
      updateOverlay();
      return;
    }
    int kk = Math.max(1, Math.min(k.get(), r.size()));
    MatchReport list = matchReport.get();
    if (list == null) {
      list = ListMatcher.match(emptyList(), geography.schools());
    }
    ListComparison c = ListComparison.compare(r, list, kk);
    comparison.set(c);
    SchoolFilter f = r.options().filter();
    List<ListComparison.Row> shown = new ArrayList<>();
    int hidden = 0;
    for (ListComparison.Row row : c.rows()) {
      if (f.accepts(row.school())) {
        shown.add(row);
      } else {
        hidden++;
      }
    }
    rows.setAll(shown);
    hiddenRowsNote.set(
        hidden == 0
            ? ""
            : hidden
                + (hidden == 1 ? " list school is" : " list schools are")
                + " outside the phase/district filter and not shown.");
    updateOverlay();
  }

  private static VruList emptyList() {
    return new VruList(
        Path.of("(no list loaded)"),
        new DatasetInfo("No list", "", "", false, false, Map.of()),
        List.of());
  }

  // ---- agreement ----------------------------------------------------------------------------

  /** The agreement category of a school at the current k, if it is in either group. */
  public Optional<Agreement> agreementOf(String urn) {
    return Optional.ofNullable(overlay.get().agreement().get(urn));
  }

  /** The analysis's top k (URNs, rank order). */
  public List<String> topKUrns() {
    return overlay.get().topKUrns();
  }

  /** The accepted list schools (URNs, list order). */
  public List<String> listUrns() {
    return overlay.get().listUrns();
  }

  /** What the maps draw, replaced whenever it changes. */
  public ReadOnlyObjectProperty<MapOverlay> overlayProperty() {
    return overlay.getReadOnlyProperty();
  }

  /** The legend of the selected school's CYP-source ward fills (empty without a selection). */
  public ObservableList<LegendItem> sourceLegend() {
    return sourceLegend;
  }

  // ---- selection ----------------------------------------------------------------------------

  /** The selected ward or school (shared with the maps and the app). */
  public ObjectProperty<MapTarget> selectionProperty() {
    return selection;
  }

  /** Selects a school by URN (null clears the selection). */
  public void selectSchool(String urn) {
    if (urn == null) {
      selection.set(null);
      return;
    }
    geography.schools().byUrn(urn).map(MapTarget::of).ifPresent(selection::set);
  }

  /** The URN of the selected school, or null. */
  public String selectedUrn() {
    MapTarget t = selection.get();
    return t != null && t.isSchool() ? t.id() : null;
  }

  /** The table row of the selected school, if it has one. */
  public Optional<ListComparison.Row> selectedRow() {
    String u = selectedUrn();
    return u == null
        ? Optional.empty()
        : rows.stream().filter(r -> r.school().urn().equals(u)).findFirst();
  }

  private void updateOverlay() {
    ListComparison c = comparison.get();
    List<String> list = new ArrayList<>();
    List<String> top = new ArrayList<>();
    Map<String, Agreement> agree = new HashMap<>();
    Map<String, String> listLabels = new HashMap<>();
    Map<String, String> rankLabels = new HashMap<>();
    if (c != null) {
      for (ListMatch m : c.list().accepted()) {
        String u = m.school().urn();
        list.add(u);
        String tier = m.entry().tier();
        listLabels.put(
            u,
            m.entry().priority().isPresent()
                ? "P" + m.entry().priority().getAsInt()
                : tier.isEmpty() ? "" : "T" + tier);
      }
      for (RankedSchool r : c.ranking().topK(c.k())) {
        top.add(r.urn());
        rankLabels.put(r.urn(), Integer.toString(r.rank()));
      }
      for (ListComparison.Row row : c.rows()) {
        agree.put(row.school().urn(), row.agreement());
      }
    }
    WardFills fills = sourceFills(selectedUrn());
    MapOverlay next = new MapOverlay(list, top, agree, listLabels, rankLabels, fills);
    if (!next.equals(overlay.get())) {
      overlay.set(next);
    }
  }

  /**
   * Where a school's CYP come from: its column of the published CYP table as ward fills — published
   * counts in up to {@value #SOURCE_CLASSES} quantile classes, hidden cells hatched. Fills the
   * legend as a side effect.
   */
  WardFills sourceFills(String urn) {
    PublishedTable t = cyp.get();
    if (urn == null || t == null || t.schoolIndex(urn) < 0) {
      sourceLegend.clear();
      return WardFills.NONE;
    }
    int col = t.schoolIndex(urn);
    Map<String, Double> values = new LinkedHashMap<>();
    Set<String> hidden = new HashSet<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      int cell = t.find(r, col);
      if (cell < 0) {
        continue;
      }
      PublishedValue v = t.cell(cell);
      if (v.isPublished()) {
        if (v.value() > 0) {
          values.put(t.wardCodes().get(r), (double) v.value());
        }
      } else if (v.status() != org.wardflow.disclosure.CellStatus.NOT_PUBLISHED) {
        hidden.add(t.wardCodes().get(r));
      }
    }
    Map<String, Integer> argb = new HashMap<>();
    List<LegendItem> legend = new ArrayList<>();
    if (!values.isEmpty()) {
      double[] xs = values.values().stream().mapToDouble(Double::doubleValue).toArray();
      int distinct = (int) java.util.Arrays.stream(xs).distinct().count();
      int n = Math.max(1, Math.min(SOURCE_CLASSES, distinct));
      Classification cls = Classifier.quantile(xs, n);
      int classes = Math.max(1, cls.classCount());
      int[] colours = AgreementColours.SOURCE_FILLS.colors(Math.max(3, classes + 1));
      // skip the palest colour so that classes stand out from the base map
      for (Map.Entry<String, Double> e : values.entrySet()) {
        int c = Math.max(0, cls.classOf(e.getValue()));
        argb.put(e.getKey(), colours[colours.length - classes + c]);
      }
      double[] b = cls.bounds();
      for (int c = 0; c < classes; c++) {
        long lo = c == 0 ? Math.round(b[0]) : (long) Math.floor(b[c]) + 1;
        long hi = (long) Math.floor(b[c + 1]);
        String label = lo >= hi ? hi + " CYP" : lo + "–" + hi + " CYP";
        legend.add(new LegendItem(label, colours[colours.length - classes + c]));
      }
    }
    if (!hidden.isEmpty()) {
      legend.add(
          new LegendItem(
              String.format(Locale.UK, "hidden (fewer than %d or secondary)", t.policy().k()), 0));
    }
    sourceLegend.setAll(legend);
    return new WardFills(argb, hidden, Set.of());
  }

  private static WardIndicator defaultIndicator(List<WardIndicator> list) {
    for (WardIndicator w : list) {
      String n = w.name().toLowerCase(Locale.ROOT);
      if (n.contains("rate") || n.contains("violence") || n.contains("crime")) {
        return w;
      }
    }
    return list.isEmpty() ? null : list.get(0);
  }
}
