package org.wardflow.ui.comfort;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.wardflow.ui.Glossary;

/**
 * Applies the {@link Glossary} to the texts of a scene graph: labels, buttons, titled panes, tabs,
 * menus, plain {@link Text} and tooltips — and keeps applying it as texts change and nodes are
 * added. Each text's original (Wardflow's own wording) is kept in the node's properties, so a later
 * glossary always rewords the original, never an already reworded text. Texts bound to something
 * else, and anything inside a text field, are left alone (the user's own typing is never reworded).
 */
final class Relabeler {
  private static final String WATCHED = "wardflow.glossary.watched";
  private static final String ORIGINAL = "wardflow.glossary.original";
  private static final String APPLIED = "wardflow.glossary.applied";
  private static final String CHILDREN = "wardflow.glossary.children";

  private final Supplier<Glossary> glossary;
  private final java.util.function.Consumer<Parent> styled;

  /**
   * Creates the relabeler.
   *
   * @param glossary the glossary to apply
   * @param styled told of every watched parent that has stylesheets of its own (the theme layers
   *     its sheet over them)
   */
  Relabeler(Supplier<Glossary> glossary, java.util.function.Consumer<Parent> styled) {
    this.glossary = Objects.requireNonNull(glossary, "glossary");
    this.styled = Objects.requireNonNull(styled, "styled");
  }

  /** Watches a node and everything under it (and rewords it now). */
  void watch(Node node) {
    if (node == null || node instanceof TextInputControl) {
      return;
    }
    if (node instanceof Labeled l) {
      text(l.textProperty(), l.getProperties());
    } else if (node instanceof Text t) {
      text(t.textProperty(), t.getProperties());
    }
    if (node instanceof Control c) {
      tooltip(c.getTooltip());
      if (!c.getProperties().containsKey(WATCHED + ".tooltip")) {
        c.getProperties().put(WATCHED + ".tooltip", Boolean.TRUE);
        c.tooltipProperty().addListener((obs, o, t) -> tooltip(t));
      }
    }
    if (node instanceof TabPane tp) {
      tp.getTabs().forEach(this::tab);
      if (!tp.getProperties().containsKey(WATCHED + ".tabs")) {
        tp.getProperties().put(WATCHED + ".tabs", Boolean.TRUE);
        tp.getTabs()
            .addListener(
                (ListChangeListener<Tab>)
                    ch -> {
                      while (ch.next()) {
                        ch.getAddedSubList().forEach(this::tab);
                      }
                    });
      }
    }
    if (node instanceof MenuBar mb) {
      mb.getMenus().forEach(this::menuItem);
    }
    if (node instanceof Parent p) {
      if (!p.getStylesheets().isEmpty()) {
        styled.accept(p);
      }
      if (!p.getProperties().containsKey(CHILDREN)) {
        p.getProperties().put(CHILDREN, Boolean.TRUE);
        p.getChildrenUnmodifiable()
            .addListener(
                (ListChangeListener<Node>)
                    ch -> {
                      while (ch.next()) {
                        ch.getAddedSubList().forEach(this::watch);
                      }
                    });
      }
      for (Node child : p.getChildrenUnmodifiable()) {
        watch(child);
      }
    }
  }

  private void tab(Tab t) {
    text(t.textProperty(), t.getProperties());
    if (t.getTooltip() != null) {
      tooltip(t.getTooltip());
    }
  }

  private void menuItem(MenuItem mi) {
    text(mi.textProperty(), mi.getProperties());
    if (mi instanceof Menu m) {
      m.getItems().forEach(this::menuItem);
      if (!m.getProperties().containsKey(WATCHED + ".items")) {
        m.getProperties().put(WATCHED + ".items", Boolean.TRUE);
        m.getItems()
            .addListener(
                (ListChangeListener<MenuItem>)
                    ch -> {
                      while (ch.next()) {
                        ch.getAddedSubList().forEach(this::menuItem);
                      }
                    });
      }
    }
  }

  private void tooltip(Tooltip t) {
    if (t != null) {
      text(t.textProperty(), t.getProperties());
    }
  }

  /** Rewords one text property now and whenever it is set to a new original. */
  private void text(StringProperty text, ObservableMap<Object, Object> props) {
    if (text.isBound()) {
      return;
    }
    if (!props.containsKey(WATCHED)) {
      props.put(WATCHED, Boolean.TRUE);
      props.put(ORIGINAL, text.get());
      text.addListener(
          (obs, o, n) -> {
            if (!Objects.equals(n, props.get(APPLIED))) {
              props.put(ORIGINAL, n);
              reword(text, props);
            }
          });
    }
    reword(text, props);
  }

  private void reword(StringProperty text, ObservableMap<Object, Object> props) {
    if (text.isBound()) {
      return;
    }
    String original = (String) props.get(ORIGINAL);
    String applied = glossary.get().apply(original);
    props.put(APPLIED, applied);
    if (!Objects.equals(text.get(), applied)) {
      text.set(applied);
    }
  }

  /** The original (unreworded) text of a labelled node, or its text when not watched. */
  static String original(Labeled l) {
    Object o = l.getProperties().get(ORIGINAL);
    return o instanceof String s ? s : l.getText();
  }
}
