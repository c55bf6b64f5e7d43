package org.wardflow.export.story;

import java.util.Objects;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * Publishes the data of a storyboard step through the disclosure gate. Presentation mode and the
 * deck export see only what this returns — published tables, never raw counts. Each call is a
 * publication: implementations backed by the {@link PublicationLedger} record it there, so the
 * differencing guard covers views shown in presentation mode.
 */
@FunctionalInterface
public interface StepPublisher {

  /**
   * Publishes a step.
   *
   * @param step the step shown or exported
   * @param policy the policy to apply, already at or above its floor
   * @param purpose what the release is for, e.g. "presentation: Overview"
   * @return the published table or a refusal
   */
  Publication publish(StoryStep step, DisclosurePolicy policy, String purpose);

  /**
   * A publisher going through the publication ledger: every publication is checked against earlier
   * releases of the same dataset (adjusted or refused when combining them would reveal something)
   * and recorded.
   *
   * @param ledger the project's ledger
   * @param table the flow table (read only by the disclosure layer)
   * @param filter the sub-table the storyboard shows
   * @param boundarySet name of the ward boundaries (e.g. the ward layer's name)
   */
  static StepPublisher throughLedger(
      PublicationLedger ledger, FlowTable table, FlowFilter filter, String boundarySet) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(filter, "filter");
    return (step, policy, purpose) -> {
      PublicationLedger.Decision d = ledger.publish(table, filter, policy, boundarySet, purpose);
      return new Publication(d.table(), d.explanation(), d.notes());
    };
  }
}
