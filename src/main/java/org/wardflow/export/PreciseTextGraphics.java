package org.wardflow.export;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A Graphics2D that passes everything to another one, except that text keeps its exact size and its
 * leading spaces: JFreeSVG writes font sizes as whole pixels (6.8 pt type would become 7 px and
 * overrun its measured width) and SVG collapses leading spaces. Here each string is drawn in a font
 * {@value #K} times larger under a matching scale-down, after moving past any leading spaces.
 */
final class PreciseTextGraphics extends Graphics2D {
  static final float K = 100f;

  private final Graphics2D d;

  PreciseTextGraphics(Graphics2D delegate) {
    this.d = delegate;
  }

  @Override
  public void drawString(String str, float x, float y) {
    int lead = 0;
    while (lead < str.length() && str.charAt(lead) == ' ') {
      lead++;
    }
    if (lead == str.length()) {
      return;
    }
    Font f = d.getFont();
    float dx = 0;
    if (lead > 0) {
      dx = (float) f.getStringBounds(str, 0, lead, d.getFontRenderContext()).getWidth();
      str = str.substring(lead);
    }
    float size = f.getSize2D();
    if (size == Math.rint(size) && f.getTransform().isIdentity()) {
      d.drawString(str, x + dx, y);
      return;
    }
    AffineTransform t = d.getTransform();
    try {
      d.translate(x + dx, y);
      d.scale(1 / K, 1 / K);
      d.setFont(f.deriveFont(size * K));
      d.drawString(str, 0f, 0f);
    } finally {
      d.setFont(f);
      d.setTransform(t);
    }
  }

  @Override
  public void drawString(String str, int x, int y) {
    drawString(str, (float) x, (float) y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, int x, int y) {
    d.drawString(iterator, x, y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, float x, float y) {
    d.drawString(iterator, x, y);
  }

  @Override
  public Graphics create() {
    return new PreciseTextGraphics((Graphics2D) d.create());
  }

  @Override
  public void draw(Shape s) {
    d.draw(s);
  }

  @Override
  public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
    return d.drawImage(img, xform, obs);
  }

  @Override
  public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    d.drawImage(img, op, x, y);
  }

  @Override
  public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    d.drawRenderedImage(img, xform);
  }

  @Override
  public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
    d.drawRenderableImage(img, xform);
  }

  @Override
  public void drawGlyphVector(GlyphVector g, float x, float y) {
    d.drawGlyphVector(g, x, y);
  }

  @Override
  public void fill(Shape s) {
    d.fill(s);
  }

  @Override
  public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
    return d.hit(rect, s, onStroke);
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return d.getDeviceConfiguration();
  }

  @Override
  public void setComposite(Composite comp) {
    d.setComposite(comp);
  }

  @Override
  public void setPaint(Paint paint) {
    d.setPaint(paint);
  }

  @Override
  public void setStroke(Stroke s) {
    d.setStroke(s);
  }

  @Override
  public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
    d.setRenderingHint(hintKey, hintValue);
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key hintKey) {
    return d.getRenderingHint(hintKey);
  }

  @Override
  public void setRenderingHints(Map<?, ?> hints) {
    d.setRenderingHints(hints);
  }

  @Override
  public void addRenderingHints(Map<?, ?> hints) {
    d.addRenderingHints(hints);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return d.getRenderingHints();
  }

  @Override
  public void translate(int x, int y) {
    d.translate(x, y);
  }

  @Override
  public void translate(double tx, double ty) {
    d.translate(tx, ty);
  }

  @Override
  public void rotate(double theta) {
    d.rotate(theta);
  }

  @Override
  public void rotate(double theta, double x, double y) {
    d.rotate(theta, x, y);
  }

  @Override
  public void scale(double sx, double sy) {
    d.scale(sx, sy);
  }

  @Override
  public void shear(double shx, double shy) {
    d.shear(shx, shy);
  }

  @Override
  public void transform(AffineTransform tx) {
    d.transform(tx);
  }

  @Override
  public void setTransform(AffineTransform tx) {
    d.setTransform(tx);
  }

  @Override
  public AffineTransform getTransform() {
    return d.getTransform();
  }

  @Override
  public Paint getPaint() {
    return d.getPaint();
  }

  @Override
  public Composite getComposite() {
    return d.getComposite();
  }

  @Override
  public void setBackground(Color color) {
    d.setBackground(color);
  }

  @Override
  public Color getBackground() {
    return d.getBackground();
  }

  @Override
  public Stroke getStroke() {
    return d.getStroke();
  }

  @Override
  public void clip(Shape s) {
    d.clip(s);
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return d.getFontRenderContext();
  }

  @Override
  public Color getColor() {
    return d.getColor();
  }

  @Override
  public void setColor(Color c) {
    d.setColor(c);
  }

  @Override
  public void setPaintMode() {
    d.setPaintMode();
  }

  @Override
  public void setXORMode(Color c1) {
    d.setXORMode(c1);
  }

  @Override
  public Font getFont() {
    return d.getFont();
  }

  @Override
  public void setFont(Font font) {
    d.setFont(font);
  }

  @Override
  public FontMetrics getFontMetrics(Font f) {
    return d.getFontMetrics(f);
  }

  @Override
  public Rectangle getClipBounds() {
    return d.getClipBounds();
  }

  @Override
  public void clipRect(int x, int y, int width, int height) {
    d.clipRect(x, y, width, height);
  }

  @Override
  public void setClip(int x, int y, int width, int height) {
    d.setClip(x, y, width, height);
  }

  @Override
  public Shape getClip() {
    return d.getClip();
  }

  @Override
  public void setClip(Shape clip) {
    d.setClip(clip);
  }

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    d.copyArea(x, y, width, height, dx, dy);
  }

  @Override
  public void drawLine(int x1, int y1, int x2, int y2) {
    d.drawLine(x1, y1, x2, y2);
  }

  @Override
  public void fillRect(int x, int y, int width, int height) {
    d.fillRect(x, y, width, height);
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    d.clearRect(x, y, width, height);
  }

  @Override
  public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    d.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
  }

  @Override
  public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    d.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
  }

  @Override
  public void drawOval(int x, int y, int width, int height) {
    d.drawOval(x, y, width, height);
  }

  @Override
  public void fillOval(int x, int y, int width, int height) {
    d.fillOval(x, y, width, height);
  }

  @Override
  public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    d.drawArc(x, y, width, height, startAngle, arcAngle);
  }

  @Override
  public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    d.fillArc(x, y, width, height, startAngle, arcAngle);
  }

  @Override
  public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
    d.drawPolyline(xPoints, yPoints, nPoints);
  }

  @Override
  public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    d.drawPolygon(xPoints, yPoints, nPoints);
  }

  @Override
  public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    d.fillPolygon(xPoints, yPoints, nPoints);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
    return d.drawImage(img, x, y, observer);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
    return d.drawImage(img, x, y, width, height, observer);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
    return d.drawImage(img, x, y, bgcolor, observer);
  }

  @Override
  public boolean drawImage(
      Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
    return d.drawImage(img, x, y, width, height, bgcolor, observer);
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      ImageObserver observer) {
    return d.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      Color bgcolor,
      ImageObserver observer) {
    return d.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
  }

  @Override
  public void dispose() {
    d.dispose();
  }
}
