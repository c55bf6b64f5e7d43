package org.wardflow.export.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;

/** Storyboard and presentation model, without a toolkit. */
class StoryboardTest {
  private static final DisclosurePolicy P = DisclosurePolicy.DEFAULT;

  private static Storyboard three() {
    return Storyboard.EMPTY
        .add(StoryStep.of("One", P))
        .add(StoryStep.of("Two", P.withK(10)))
        .add(StoryStep.of("Three", P.withK(2)));
  }

  private static List<String> titles(Storyboard b) {
    return b.steps().stream().map(StoryStep::title).toList();
  }

  @Test
  void addInsertMoveRenameRemove() {
    Storyboard b = three();
    assertThat(titles(b)).containsExactly("One", "Two", "Three");
    assertThat(titles(b.move(2, 0))).containsExactly("Three", "One", "Two");
    assertThat(titles(b.move(0, 2))).containsExactly("Two", "Three", "One");
    assertThat(titles(b.rename(1, "Second"))).containsExactly("One", "Second", "Three");
    assertThat(titles(b.remove(0))).containsExactly("Two", "Three");
    assertThat(titles(b.insert(1, StoryStep.of("New", P))))
        .containsExactly("One", "New", "Two", "Three");
    assertThat(b.move(2, 0).indexOf(b.get(2).id())).isZero();
    assertThat(titles(b)).containsExactly("One", "Two", "Three");
    assertThatThrownBy(() -> b.move(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.add(b.get(0))).hasMessageContaining("unique");
  }

  @Test
  void stepsBelowTheFloorAreRaisedAndSaySo() {
    StoryStep low = StoryStep.of("Low", P.withK(2));
    assertThat(low.effectivePolicy().k()).isEqualTo(P.floor());
    assertThat(low.floorNotice()).contains("k = 2", "k = 5");
    StoryStep high = StoryStep.of("High", P.withK(10));
    assertThat(high.effectivePolicy().k()).isEqualTo(10);
    assertThat(high.floorNotice()).isEmpty();
  }

  @Test
  void stepsCopyTheirExtent() {
    Envelope e = new Envelope(0, 10, 0, 10);
    StoryStep s = StoryStep.of("x", P).withExtent(e);
    e.expandToInclude(100, 100);
    assertThat(s.extent().getMaxX()).isEqualTo(10);
    s.extent().expandToInclude(200, 200);
    assertThat(s.extent().getMaxX()).isEqualTo(10);
  }

  @Test
  void navigationPublishesEachStepOnceAtOrAboveTheFloor() {
    List<String> calls = new ArrayList<>();
    StepPublisher recorder =
        (step, policy, purpose) -> {
          calls.add(step.title() + "@k" + policy.k() + "|" + purpose);
          return new Publication(null, "test publisher", List.of());
        };
    PresentationModel m = new PresentationModel(three(), recorder);
    List<Integer> seen = new ArrayList<>();
    m.addListener(s -> seen.add(s.index()));

    assertThat(m.current().position()).isEqualTo("Step 1 of 3");
    assertThat(m.previous()).isFalse();
    assertThat(m.next()).isTrue();
    assertThat(m.next()).isTrue();
    assertThat(m.next()).isFalse();
    assertThat(m.current().floorNotice()).isNotEmpty();
    assertThat(m.current().policy().k()).isEqualTo(5);
    assertThat(m.first()).isTrue();
    assertThat(m.last()).isTrue();
    assertThat(m.previous()).isTrue();
    assertThat(seen).containsExactly(1, 2, 0, 2, 1);
    assertThat(calls)
        .containsExactly(
            "One@k5|presentation: One",
            "Two@k10|presentation: Two",
            "Three@k5|presentation: Three");
    assertThat(m.publications()).isEqualTo(3);
  }

  @Test
  void anEmptyStoryboardCannotBePresented() {
    assertThatThrownBy(() -> new PresentationModel(Storyboard.EMPTY, (s, p, x) -> null))
        .hasMessageContaining("no steps");
  }
}
