package org.wardflow.export.story;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wardflow.export.PdfDeckWriter;
import org.wardflow.render.Caveat;
import org.wardflow.render.Style;

/**
 * Exports a storyboard as a multi-page deck: one page per step (title, map through the one
 * renderer, legend, disclosure statement, caveat band, protective marking top and bottom, speaker
 * notes optionally). Each step is published through the {@link StepPublisher} at or above its floor
 * — an export is a publication, recorded in the ledger like a presentation. Refused steps get a
 * page saying why instead of a map.
 */
public final class StoryboardDeck {
  /** A4 landscape width in points. */
  public static final double A4_LONG = 841.89;

  /** A4 landscape height in points. */
  public static final double A4_SHORT = 595.28;

  private StoryboardDeck() {}

  /**
   * What was exported.
   *
   * @param file the deck
   * @param pages pages written
   * @param raised steps whose threshold was raised to the floor (their floor notices)
   * @param refused steps not shown, with the reason
   */
  public record Result(Path file, int pages, List<String> raised, List<String> refused) {}

  /**
   * Exports the deck.
   *
   * @param storyboard steps (not empty)
   * @param publisher publishes each step (and records it)
   * @param scenes builds what each step draws from its published table
   * @param style the map style (e.g. the presentation style)
   * @param caveat marking, caveat and data label
   * @param withNotes whether speaker notes are printed
   * @param writer the deck writer (e.g. {@link DeckWriter#pdf()})
   * @param out target file
   */
  public static Result export(
      Storyboard storyboard,
      StepPublisher publisher,
      StepSceneFactory scenes,
      Style style,
      Caveat caveat,
      boolean withNotes,
      DeckWriter writer,
      Path out)
      throws IOException {
    Objects.requireNonNull(writer, "writer");
    // the export typeface, so that the PDF embeds what the text was measured with
    Style pageStyle = PdfDeckWriter.withExportFont(style);
    PresentationModel model = new PresentationModel(storyboard, purposeOf(publisher));
    List<DeckWriter.Page> pages = new ArrayList<>();
    List<String> raised = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < storyboard.size(); i++) {
      model.goTo(i);
      PresentationModel.Shown shown = model.current();
      StepView view =
          shown.publication().refused()
              ? null
              : scenes.build(shown.step(), shown.publication().table());
      if (!shown.floorNotice().isEmpty()) {
        raised.add(shown.step().title() + ": " + shown.floorNotice());
      }
      if (view == null) {
        refused.add(shown.step().title() + ": " + shown.publication().explanation());
      }
      String statement = shown.policy().statement();
      pages.add(
          new DeckWriter.Page(
              A4_LONG,
              A4_SHORT,
              g ->
                  SlidePainter.paintPage(
                      g, shown, view, pageStyle, caveat, statement, withNotes, A4_LONG, A4_SHORT)));
    }
    String title = storyboard.get(0).title();
    writer.write(out, title, pages);
    return new Result(out, pages.size(), raised, refused);
  }

  private static StepPublisher purposeOf(StepPublisher p) {
    return (step, policy, purpose) -> p.publish(step, policy, "deck export: " + step.title());
  }
}
