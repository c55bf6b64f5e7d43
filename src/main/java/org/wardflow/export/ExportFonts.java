package org.wardflow.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.wardflow.render.Style;

/**
 * The typeface of exports: a sans-serif TrueType family found on the machine (DejaVu Sans,
 * Liberation Sans, Arial, Noto Sans — in that order; or the file named by the system property
 * {@value #PROPERTY}) so that the PDF can embed exactly the font Java2D measured the text with —
 * text stays selectable, searchable text and lines up as laid out. The font is registered with
 * Java2D and substituted for the logical families ("SansSerif", "Dialog") of a style; a style
 * naming a physical family keeps it. Without any such font, PDFs fall back to the standard
 * Helvetica (still text) and SVG names a generic sans-serif.
 */
final class ExportFonts {
  /** System property naming the regular TTF to use (its bold is looked for beside it). */
  static final String PROPERTY = "wardflow.export.font";

  /** A family with its regular and bold files. */
  record Face(String family, Path regular, Path bold) {}

  private static final String[][] CANDIDATES = {
    {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
    {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"},
    {"arial.ttf", "arialbd.ttf"},
    {"Arial.ttf", "Arial Bold.ttf"},
    {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
  };

  private static final List<String> LOGICAL = List.of("sansserif", "dialog", "sans-serif");

  private static volatile Optional<Face> found;

  private ExportFonts() {}

  /** The export face, found once per run (empty when none is installed). */
  static Optional<Face> face() {
    Optional<Face> f = found;
    if (f == null) {
      synchronized (ExportFonts.class) {
        f = found;
        if (f == null) {
          f = locate();
          found = f;
        }
      }
    }
    return f;
  }

  /** The style with the export family in place of a logical sans-serif family. */
  static Style apply(Style style) {
    Optional<Face> f = face();
    if (f.isEmpty() || !LOGICAL.contains(style.fontFamily().toLowerCase(Locale.ROOT))) {
      return style;
    }
    return style.toBuilder().fontFamily(f.get().family()).build();
  }

  /** The family name for painting the layout's own text. */
  static String family() {
    return face().map(Face::family).orElse(Font.SANS_SERIF);
  }

  /**
   * A PDF text drawer that writes text as text: the export face embedded (subset), or the standard
   * fonts when none is installed.
   */
  static IPdfBoxGraphics2DFontTextDrawer pdfTextDrawer(PDDocument doc) throws IOException {
    Optional<Face> f = face();
    if (f.isEmpty()) {
      return new PdfBoxGraphics2DFontTextDrawerDefaultFonts();
    }
    PdfBoxGraphics2DFontTextDrawer d = new PdfBoxGraphics2DFontTextDrawer();
    for (Path file : List.of(f.get().regular(), f.get().bold())) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
      // no ligatures: "fi" must stay two letters so the text can be searched and copied
      ttf.setEnableGsub(false);
      String name;
      try {
        name = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).getFontName();
      } catch (FontFormatException e) {
        ttf.close();
        throw new IOException("Cannot read the font " + file + ": " + e.getMessage(), e);
      }
      d.registerFont(name, PDType0Font.load(doc, ttf, true));
    }
    return d;
  }

  /** The CSS font-family list SVG text names (the export face, then common fallbacks). */
  static String cssFamily(String family) {
    String lower = family.toLowerCase(Locale.ROOT);
    // unquoted: the names sit inside a quoted XML attribute; multi-word names are valid CSS
    String generic = "Liberation Sans, Arial, Helvetica, sans-serif";
    if (LOGICAL.contains(lower)) {
      return generic;
    }
    return family.replaceAll("[^\\p{L}\\p{N} -]", "") + ", " + generic;
  }

  private static Optional<Face> locate() {
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isBlank()) {
      Path regular = Path.of(prop);
      Path bold = boldBeside(regular);
      Optional<Face> f = register(regular, bold == null ? regular : bold);
      if (f.isPresent()) {
        return f;
      }
    }
    Map<String, Path> byName = new HashMap<>();
    for (Path dir : fontDirectories()) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(dir, 5)) {
        s.filter(Files::isRegularFile)
            .forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
      } catch (IOException | RuntimeException e) {
        // an unreadable font folder is skipped; others may still hold a face
      }
    }
    for (String[] c : CANDIDATES) {
      Path regular = byName.get(c[0]);
      Path bold = byName.get(c[1]);
      if (regular != null && bold != null) {
        Optional<Face> f = register(regular, bold);
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }

  private static Path boldBeside(Path regular) {
    String n = regular.getFileName().toString();
    for (String b :
        new String[] {
          n.replace(".ttf", "-Bold.ttf"),
          n.replace("-Regular.ttf", "-Bold.ttf"),
          n.replace(".ttf", "bd.ttf")
        }) {
      Path p = regular.resolveSibling(b);
      if (!b.equals(n) && Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static Optional<Face> register(Path regular, Path bold) {
    try {
      Font r = Font.createFont(Font.TRUETYPE_FONT, regular.toFile());
      Font b = Font.createFont(Font.TRUETYPE_FONT, bold.toFile());
      if (!r.getFamily(Locale.ROOT).equals(b.getFamily(Locale.ROOT))) {
        return Optional.empty();
      }
      GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
      ge.registerFont(r);
      ge.registerFont(b);
      // Java2D must resolve the family's bold to the same face we embed
      Font check = new Font(r.getFamily(Locale.ROOT), Font.BOLD, 10);
      if (!check.getFontName(Locale.ROOT).equals(b.getFontName(Locale.ROOT))) {
        return Optional.empty();
      }
      return Optional.of(new Face(r.getFamily(Locale.ROOT), regular, bold));
    } catch (IOException | FontFormatException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<Path> fontDirectories() {
    List<Path> dirs = new ArrayList<>();
    String home = System.getProperty("user.home", "");
    dirs.add(Path.of("/usr/share/fonts/truetype"));
    dirs.add(Path.of("/usr/share/fonts"));
    dirs.add(Path.of("/usr/local/share/fonts"));
    if (!home.isEmpty()) {
      dirs.add(Path.of(home, ".local", "share", "fonts"));
      dirs.add(Path.of(home, ".fonts"));
      dirs.add(Path.of(home, "Library", "Fonts"));
    }
    dirs.add(Path.of("/Library/Fonts"));
    dirs.add(Path.of("/System/Library/Fonts"));
    String win = System.getenv("WINDIR");
    dirs.add(Path.of(win == null ? "C:\\Windows" : win, "Fonts"));
    return dirs;
  }
}
