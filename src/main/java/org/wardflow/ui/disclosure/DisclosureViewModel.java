package org.wardflow.ui.disclosure;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.wardflow.disclosure.AuditReport;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationSummary;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.ui.task.LatestWins;

/**
 * The live disclosure controls: the policy being tried, the raw tables it applies to, and the
 * published tables it gives. Every change of policy, table or filter republishes through {@link
 * DisclosureGate#publish} on the background executor, latest wins; views only ever receive the
 * {@link PublishedTable}s. Toolkit-free (only {@code javafx.beans}).
 *
 * <p>The raw tables are held as handles only: nothing here reads a count.
 */
public final class DisclosureViewModel {
  private final ObjectProperty<DisclosurePolicy> policy =
      new SimpleObjectProperty<>(this, "policy", DisclosurePolicy.DEFAULT);
  private final ObjectProperty<FlowTable> table = new SimpleObjectProperty<>(this, "table");
  private final ObjectProperty<FlowTable> flowTable = new SimpleObjectProperty<>(this, "flowTable");
  private final ObjectProperty<FlowFilter> filter =
      new SimpleObjectProperty<>(this, "filter", FlowFilter.ALL);
  private final ReadOnlyObjectWrapper<Publication> publication =
      new ReadOnlyObjectWrapper<>(this, "publication", Publication.NONE);
  private final ReadOnlyBooleanWrapper publishing = new ReadOnlyBooleanWrapper(this, "publishing");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final LatestWins<Request, Publication> job;

  /** What one republish reads. */
  record Request(FlowTable table, FlowTable flows, FlowFilter filter, DisclosurePolicy policy) {}

  /**
   * Creates the view model.
   *
   * @param background where publishing runs (never the FX thread in the app)
   * @param ui where results are delivered (the FX thread in the app)
   */
  public DisclosureViewModel(Executor background, Executor ui) {
    job =
        new LatestWins<>(
            background,
            ui,
            DisclosureViewModel::publish,
            p -> {
              error.set("");
              publication.set(p);
              publishing.set(busy());
            },
            e -> {
              error.set(
                  "Publishing failed ("
                      + e.getClass().getSimpleName()
                      + (e.getMessage() == null ? "" : ": " + e.getMessage())
                      + "); the map shows the last published table.");
              publishing.set(busy());
            });
    for (Observable o : new Observable[] {policy, table, flowTable, filter}) {
      o.addListener(x -> republish());
    }
  }

  private boolean busy() {
    return job != null && job.isBusy();
  }

  private static Publication publish(Request r) {
    long t0 = System.nanoTime();
    if (r.table() == null && r.flows() == null) {
      return Publication.NONE;
    }
    PublishedTable cyp =
        r.table() == null ? null : DisclosureGate.publish(r.table(), r.filter(), r.policy());
    PublishedTable flows =
        r.flows() == null || r.flows() == r.table()
            ? cyp
            : DisclosureGate.publish(r.flows(), r.filter(), r.policy());
    return new Publication(cyp, flows, (System.nanoTime() - t0) / 1_000_000);
  }

  /** Republishes now with the current policy, tables and filter (normally automatic). */
  public void republish() {
    publishing.set(true);
    job.submit(new Request(table.get(), flowTable.get(), filter.get(), policy.get()));
  }

  /** The policy being tried (k, rounding, zeros, totals, floor). */
  public ObjectProperty<DisclosurePolicy> policyProperty() {
    return policy;
  }

  /** The policy being tried. */
  public DisclosurePolicy getPolicy() {
    return policy.get();
  }

  /** Sets the policy (republishes). */
  public void setPolicy(DisclosurePolicy p) {
    policy.set(Objects.requireNonNull(p, "policy"));
  }

  /** The raw CYP table the choropleth, symbols and summaries are published from (a handle). */
  public ObjectProperty<FlowTable> tableProperty() {
    return table;
  }

  /**
   * The raw table the flow lines are published from (a handle); null or the same as {@link
   * #tableProperty()} to draw flows from the CYP table.
   */
  public ObjectProperty<FlowTable> flowTableProperty() {
    return flowTable;
  }

  /** The sub-table published (period, age band, group). */
  public ObjectProperty<FlowFilter> filterProperty() {
    return filter;
  }

  /** The latest publication. */
  public ReadOnlyObjectProperty<Publication> publicationProperty() {
    return publication.getReadOnlyProperty();
  }

  /** The published CYP table, or null. */
  public PublishedTable getPublished() {
    return publication.get().cyp();
  }

  /** True while a republish is under way. */
  public ReadOnlyBooleanProperty publishingProperty() {
    return publishing.getReadOnlyProperty();
  }

  /** The last publishing failure as one sentence, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** How many republishes were run (skipped intermediate requests are not counted). */
  public long runs() {
    return job.runs();
  }

  // ---- feedback texts -----------------------------------------------------------------------

  /** "403 cells suppressed: 402 primary, 1 secondary", or "No cells suppressed". */
  public static String cellsText(PublicationSummary s) {
    if (s.cellsSuppressed() == 0) {
      return "No cells suppressed (of " + s.cellsListed() + ")";
    }
    return String.format(
        Locale.UK,
        "%,d of %,d cells suppressed: %,d primary, %,d secondary",
        s.cellsSuppressed(),
        s.cellsListed(),
        s.cellsSuppressedPrimary(),
        s.cellsSuppressedSecondary());
  }

  /** "People hidden: about 530" (rounded; "fewer than 10" below 10). */
  public static String peopleText(PublicationSummary s) {
    return "People hidden: " + s.peopleHidden();
  }

  /** "52 wards and 73 schools affected; 105 totals hidden". */
  public static String affectedText(PublicationSummary s) {
    int totals = s.totalsSuppressedPrimary() + s.totalsSuppressedSecondary();
    return String.format(
            Locale.UK,
            "%,d ward%s and %,d school%s affected",
            s.wardsAffected(),
            s.wardsAffected() == 1 ? "" : "s",
            s.schoolsAffected(),
            s.schoolsAffected() == 1 ? "" : "s")
        + (totals == 0
            ? ""
            : String.format(Locale.UK, "; %,d total%s hidden", totals, totals == 1 ? "" : "s"));
  }

  /** The audit outcome as one line. */
  public static String auditText(AuditReport a) {
    return a.describe();
  }
}
