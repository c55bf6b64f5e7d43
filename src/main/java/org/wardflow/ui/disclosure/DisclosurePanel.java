package org.wardflow.ui.disclosure;

import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wardflow.disclosure.AuditReport;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationSummary;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;

/**
 * The disclosure-control panel: threshold k (slider and spinner, 0–20), rounding (none, 5, 10),
 * whether zeros and which totals are published — every change republishes at once — and live
 * feedback: cells suppressed (primary / secondary), people hidden (rounded), wards and schools
 * affected, and the audit status with a "View audit…" list of hidden figures and their feasible
 * intervals.
 */
public final class DisclosurePanel extends VBox {
  private final DisclosureViewModel model;
  private final Slider slider = new Slider(0, 20, 5);
  private final Spinner<Integer> spinner = new Spinner<>();
  private final ToggleGroup rounding = new ToggleGroup();
  private final CheckBox zeros = new CheckBox("Zeros");
  private final CheckBox wardTotals = new CheckBox("Ward");
  private final CheckBox schoolTotals = new CheckBox("School");
  private final CheckBox grandTotal = new CheckBox("Grand");
  private final Label kText = new Label();
  private final Label audit = new Label();
  private final javafx.animation.PauseTransition auditPending =
      new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
  private final Label cells = new Label();
  private final Label people = new Label();
  private final Label affected = new Label();
  private final Label floorWarning = new Label();
  private final Label error = new Label();
  private final ProgressIndicator working = new ProgressIndicator();
  private final Button viewAudit = new Button("View audit…");
  private final javafx.scene.control.ComboBox<String> ageBand =
      new javafx.scene.control.ComboBox<>();
  private final javafx.scene.control.ComboBox<String> period =
      new javafx.scene.control.ComboBox<>();
  private final HBox filterRow;
  private boolean updating;

  /**
   * Creates the panel.
   *
   * @param model the disclosure view model
   * @param geography supplies the geography for names in the audit list
   */
  public DisclosurePanel(DisclosureViewModel model, Supplier<Geography> geography) {
    this.model = model;
    getStyleClass().add("disclosure-panel");
    setSpacing(8);

    slider.setId("k-slider");
    slider.setMajorTickUnit(5);
    slider.setMinorTickCount(4);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setSnapToTicks(true);
    slider.setBlockIncrement(1);
    slider.setTooltip(
        new Tooltip(
            "Threshold k: counts of 1 to k−1 are hidden, with further cells hidden so none can be"
                + " worked out. 0 or 1 turns suppression off."));
    spinner.setId("k-spinner");
    spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 20, 5));
    spinner.setEditable(true);
    spinner.setPrefWidth(68);
    spinner.setTooltip(slider.getTooltip());
    Label kLabel = new Label("Threshold k");
    kLabel.getStyleClass().add("control-label");
    HBox kHead = new HBox(8, kLabel, grow(), spinner);
    kHead.setAlignment(Pos.CENTER_LEFT);
    kText.getStyleClass().add("hint-text");
    kText.setWrapText(true);

    HBox roundRow = new HBox(0);
    roundRow.getStyleClass().add("segmented");
    for (int base : new int[] {0, 5, 10}) {
      ToggleButton b = new ToggleButton(base == 0 ? "None" : "To " + base);
      b.setId("round-" + base);
      b.setUserData(base);
      b.setToggleGroup(rounding);
      b.setTooltip(
          new Tooltip(
              base == 0
                  ? "Publish exact counts"
                  : "Round every published figure to the nearest "
                      + base
                      + " (totals rounded independently)"));
      roundRow.getChildren().add(b);
    }
    Label roundLabel = new Label("Rounding");
    roundLabel.getStyleClass().add("control-label");

    zeros.setText("Zeros");
    zeros.setId("publish-zeros");
    zeros.setTooltip(new Tooltip("Release zero cells as 0 (otherwise they are not published)"));
    wardTotals.setText("Ward totals");
    schoolTotals.setText("School totals");
    grandTotal.setText("Grand total");
    wardTotals.setId("publish-ward-totals");
    wardTotals.setTooltip(
        new Tooltip("Publish ward (row) totals — the ward choropleth needs them"));
    schoolTotals.setId("publish-school-totals");
    schoolTotals.setTooltip(new Tooltip("Publish school (column) totals — sizes school symbols"));
    grandTotal.setId("publish-grand-total");
    grandTotal.setTooltip(new Tooltip("Publish the grand total — needed for shares"));
    Label publishLabel = new Label("Publish");
    publishLabel.getStyleClass().add("control-label");

    HBox roundLine = new HBox(10, roundLabel, roundRow);
    roundLine.setAlignment(Pos.CENTER_LEFT);
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(5);
    grid.addRow(0, wardTotals, schoolTotals);
    grid.addRow(1, grandTotal, zeros);
    VBox publishBox = new VBox(4, publishLabel, grid);
    VBox threshold = new VBox(2, kHead, slider, kText);

    ageBand.setId("filter-age-band");
    ageBand.setTooltip(new Tooltip("Publish and map only this age band (the sub-table)"));
    period.setId("filter-period");
    period.setTooltip(new Tooltip("Publish and map only this period (the sub-table)"));
    Label filterLabel = new Label("Sub-table");
    filterLabel.getStyleClass().add("control-label");
    filterRow = new HBox(8, filterLabel, ageBand, period);
    filterRow.setAlignment(Pos.CENTER_LEFT);
    ageBand.valueProperty().addListener((obs, o, v) -> applyFilter());
    period.valueProperty().addListener((obs, o, v) -> applyFilter());
    model.filterProperty().addListener((obs, o, f) -> showFilter(f));
    setDimensionValues(java.util.List.of(), java.util.List.of());

    audit.setId("audit-status");
    audit.getStyleClass().add("audit-status");
    audit.setWrapText(true);
    audit.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(audit, Priority.ALWAYS);
    working.setId("publishing");
    working.setPrefSize(16, 16);
    working.setMaxSize(16, 16);
    working.visibleProperty().bind(model.publishingProperty());
    working.setTooltip(new Tooltip("Republishing…"));
    HBox auditRow = new HBox(6, audit, working);
    auditRow.setAlignment(Pos.CENTER_LEFT);
    for (Label l : new Label[] {cells, people, affected}) {
      l.getStyleClass().add("feedback-text");
      l.setWrapText(true);
    }
    cells.setId("cells-suppressed");
    people.setId("people-hidden");
    affected.setId("wards-affected");
    floorWarning.setId("floor-warning");
    floorWarning.getStyleClass().add("floor-warning");
    floorWarning.setWrapText(true);
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    viewAudit.setId("view-audit");
    viewAudit.setTooltip(
        new Tooltip(
            "List every hidden figure with the range anyone could work out for it from what is"
                + " published"));
    viewAudit.setOnAction(
        e -> {
          PublishedTable t = model.getPublished();
          if (t != null) {
            AuditDialog.show(
                getScene() == null ? null : getScene().getWindow(), t, geography.get());
          }
        });
    VBox feedback = new VBox(3, auditRow, cells, people, affected, floorWarning, error, viewAudit);
    feedback.getStyleClass().add("feedback-box");
    feedback.setPadding(new Insets(6, 8, 8, 8));
    VBox.setMargin(viewAudit, new Insets(4, 0, 0, 0));
    getChildren().addAll(filterRow, threshold, roundLine, publishBox, feedback);

    // controls → policy
    slider
        .valueProperty()
        .addListener(
            (obs, o, v) -> {
              if (!updating) {
                setK((int) Math.round(v.doubleValue()));
              }
            });
    spinner
        .valueProperty()
        .addListener(
            (obs, o, v) -> {
              if (!updating && v != null) {
                setK(v);
              }
            });
    rounding
        .selectedToggleProperty()
        .addListener(
            (obs, o, t) -> {
              if (t == null) {
                // keep one selected: a segmented control never has none
                if (o != null) {
                  rounding.selectToggle(o);
                }
                return;
              }
              if (!updating) {
                model.setPolicy(model.getPolicy().withRounding((Integer) t.getUserData()));
              }
            });
    zeros
        .selectedProperty()
        .addListener(
            (obs, o, v) -> {
              if (!updating) {
                model.setPolicy(model.getPolicy().withZeros(v));
              }
            });
    for (CheckBox c : new CheckBox[] {wardTotals, schoolTotals, grandTotal}) {
      c.selectedProperty()
          .addListener(
              (obs, o, v) -> {
                if (!updating) {
                  model.setPolicy(
                      model
                          .getPolicy()
                          .withTotals(
                              wardTotals.isSelected(),
                              schoolTotals.isSelected(),
                              grandTotal.isSelected()));
                }
              });
    }
    // policy and publication → controls and feedback
    model.policyProperty().addListener((Observable o) -> showPolicy());
    model.publicationProperty().addListener((Observable o) -> showFeedback());
    // a republish that takes a while (a large table, a cold audit) says so instead of leaving the
    // last result in place; quick ones (most, well under the delay) do not flicker
    auditPending.setOnFinished(
        e -> {
          if (model.publishingProperty().get()) {
            showAuditRunning();
          }
        });
    model
        .publishingProperty()
        .addListener(
            (obs, was, now) -> {
              Runnable r = now ? auditPending::playFromStart : auditPending::stop;
              if (javafx.application.Platform.isFxApplicationThread()) {
                r.run();
              } else {
                javafx.application.Platform.runLater(r);
              }
            });
    showPolicy();
    showFeedback();
  }

  private static javafx.scene.layout.Region grow() {
    javafx.scene.layout.Region r = new javafx.scene.layout.Region();
    HBox.setHgrow(r, Priority.ALWAYS);
    return r;
  }

  /** The first entry of the filter choosers: no restriction. */
  static final String ALL_AGES = "All ages";

  /** The first entry of the period chooser. */
  static final String ALL_PERIODS = "All periods";

  /**
   * Offers the values the loaded tables have for filtering (age bands, periods); the sub-table
   * choosers are hidden when there is nothing to choose.
   */
  public void setDimensionValues(java.util.List<String> ageBands, java.util.List<String> periods) {
    updating = true;
    try {
      fill(ageBand, ALL_AGES, ageBands);
      fill(period, ALL_PERIODS, periods);
    } finally {
      updating = false;
    }
    filterRow.setVisible(!ageBands.isEmpty() || !periods.isEmpty());
    filterRow.setManaged(filterRow.isVisible());
    applyFilter();
  }

  private static void fill(
      javafx.scene.control.ComboBox<String> box, String all, java.util.List<String> values) {
    String keep = box.getValue();
    java.util.List<String> items = new java.util.ArrayList<>();
    items.add(all);
    items.addAll(values);
    box.getItems().setAll(items);
    box.setValue(keep != null && items.contains(keep) ? keep : all);
    box.setVisible(!values.isEmpty());
    box.setManaged(!values.isEmpty());
  }

  private void applyFilter() {
    if (updating) {
      return;
    }
    String a = ageBand.getValue();
    String p = period.getValue();
    java.util.Set<String> ages =
        a == null || a.equals(ALL_AGES) ? java.util.Set.of() : java.util.Set.of(a);
    java.util.Set<String> periods =
        p == null || p.equals(ALL_PERIODS) ? java.util.Set.of() : java.util.Set.of(p);
    org.wardflow.model.FlowFilter f = new org.wardflow.model.FlowFilter(periods, ages, null);
    if (!f.equals(model.filterProperty().get())) {
      model.filterProperty().set(f);
    }
  }

  /** Shows a filter set from elsewhere (undo, a project file) in the sub-table choosers. */
  private void showFilter(org.wardflow.model.FlowFilter f) {
    if (updating || f == null) {
      return;
    }
    updating = true;
    try {
      pick(ageBand, ALL_AGES, f.ageBands());
      pick(period, ALL_PERIODS, f.periods());
    } finally {
      updating = false;
    }
  }

  private static void pick(
      javafx.scene.control.ComboBox<String> box, String all, java.util.Set<String> values) {
    String v = values.size() == 1 ? values.iterator().next() : all;
    if (box.getItems().contains(v) && !v.equals(box.getValue())) {
      box.setValue(v);
    }
  }

  private void setK(int k) {
    DisclosurePolicy p = model.getPolicy();
    if (p.k() != k) {
      model.setPolicy(p.withK(k));
    }
  }

  private void showPolicy() {
    DisclosurePolicy p = model.getPolicy();
    updating = true;
    try {
      slider.setValue(p.k());
      spinner.getValueFactory().setValue(p.k());
      for (var t : rounding.getToggles()) {
        if ((Integer) t.getUserData() == p.roundingBase()) {
          rounding.selectToggle(t);
        }
      }
      zeros.setSelected(p.publishZeros());
      wardTotals.setSelected(p.publishWardTotals());
      schoolTotals.setSelected(p.publishSchoolTotals());
      grandTotal.setSelected(p.publishGrandTotal());
    } finally {
      updating = false;
    }
    kText.setText(
        p.k() <= 1
            ? "Suppression is off: every count is published."
            : "Counts of " + (p.k() == 2 ? "1" : "1–" + (p.k() - 1)) + " are hidden ([c]).");
    floorWarning.setText(
        p.belowFloor()
            ? "k is below the policy floor of "
                + p.floor()
                + ": fine for your own exploration, but exports and presentation mode use "
                + p.floor()
                + "."
            : "");
    floorWarning.setVisible(p.belowFloor());
    floorWarning.setManaged(p.belowFloor());
  }

  /** Shown while a republish (suppression and its audit) is still running. */
  static final String AUDIT_RUNNING =
      "Republishing and auditing… the map shows the last audited table until this finishes";

  private void showAuditRunning() {
    audit.setText("⏳ " + AUDIT_RUNNING);
    audit.getStyleClass().removeAll("audit-passed", "audit-failed");
  }

  private void showFeedback() {
    auditPending.stop();
    PublishedTable t = model.getPublished();
    boolean has = t != null;
    viewAudit.setDisable(!has || t.summary().cellsSuppressed() == 0 && !anyTotalHidden(t));
    if (!has) {
      audit.setText("No flow table loaded");
      audit.getStyleClass().removeAll("audit-passed", "audit-failed");
      cells.setText("");
      people.setText("");
      affected.setText("");
      return;
    }
    PublicationSummary s = t.summary();
    AuditReport a = s.audit();
    audit.setText((a.passed() ? "✔ " : "✖ ") + DisclosureViewModel.auditText(a));
    audit.getStyleClass().removeAll("audit-passed", "audit-failed");
    audit.getStyleClass().add(a.passed() ? "audit-passed" : "audit-failed");
    cells.setText(DisclosureViewModel.cellsText(s));
    people.setText(DisclosureViewModel.peopleText(s));
    affected.setText(DisclosureViewModel.affectedText(s));
  }

  private static boolean anyTotalHidden(PublishedTable t) {
    PublicationSummary s = t.summary();
    return s.totalsSuppressedPrimary() + s.totalsSuppressedSecondary() > 0;
  }

  /** The threshold slider (for tests). */
  public Slider slider() {
    return slider;
  }

  /** The audit status line (for tests). */
  public Label auditLabel() {
    return audit;
  }
}
