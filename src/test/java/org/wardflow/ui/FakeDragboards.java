package org.wardflow.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Builds a real {@link Dragboard} holding files, so tests can fire genuine {@code DragEvent}s at
 * the window (the headless robot cannot drag from another application).
 */
final class FakeDragboards {
  private FakeDragboards() {}

  static Dragboard withFiles(List<File> files) {
    try {
      Class.forName(Dragboard.class.getName(), true, Dragboard.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    Map<DataFormat, Object> content = new HashMap<>();
    content.put(DataFormat.FILES, files);
    TKClipboard peer =
        new TKClipboard() {
          @Override
          @SuppressWarnings("removal")
          public void setSecurityContext(AccessControlContext ctx) {}

          @Override
          public Set<DataFormat> getContentTypes() {
            return content.keySet();
          }

          @Override
          @SafeVarargs
          public final boolean putContent(Pair<DataFormat, Object>... items) {
            for (Pair<DataFormat, Object> p : items) {
              content.put(p.getKey(), p.getValue());
            }
            return true;
          }

          @Override
          public Object getContent(DataFormat f) {
            return content.get(f);
          }

          @Override
          public boolean hasContent(DataFormat f) {
            return content.containsKey(f);
          }

          @Override
          public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
          }

          @Override
          public void setDragView(Image image) {}

          @Override
          public void setDragViewOffsetX(double x) {}

          @Override
          public void setDragViewOffsetY(double y) {}

          @Override
          public Image getDragView() {
            return null;
          }

          @Override
          public double getDragViewOffsetX() {
            return 0;
          }

          @Override
          public double getDragViewOffsetY() {
            return 0;
          }
        };
    return DragboardHelper.createDragboard(peer);
  }
}
