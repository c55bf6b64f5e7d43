package org.wardflow.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Cheap, CI-safe checks of the installer configuration under {@code packaging/}: the pieces that
 * jpackage only looks at when the (slow, profile-only) {@code mvn -Ppackage} build runs must agree
 * with each other and with the code, so that a broken desktop entry, a renamed main class or a
 * missing icon is caught by the default {@code mvn verify}.
 */
class PackagingConfigurationTest {
  private static final Path PACKAGING = Path.of("packaging");
  private static final Path JPACKAGE = PACKAGING.resolve("jpackage");
  private static final Path DESKTOP = PACKAGING.resolve("linux/Wardflow.desktop");
  private static final Path ASSOCIATION = JPACKAGE.resolve("wardflow-project.properties");
  private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

  @Test
  void desktopEntryLaunchesTheInstalledLauncherAndDeclaresTheProjectFileType() throws IOException {
    Map<String, String> entry = desktopEntry();
    JpackageArgs identity = JpackageArgs.read(JPACKAGE.resolve("identity.args"));
    JpackageArgs deb = JpackageArgs.read(JPACKAGE.resolve("linux-deb.args"));
    String name = identity.value("--name").orElseThrow();
    String installRoot =
        deb.value("--install-dir").orElseThrow()
            + "/"
            + deb.value("--linux-package-name").orElseThrow();

    for (String key : List.of("Type", "Name", "Exec", "Icon", "Categories", "MimeType")) {
      assertTrue(entry.containsKey(key), DESKTOP + " lacks the key " + key);
    }
    assertEquals("Application", entry.get("Type"));
    assertEquals(name, entry.get("Name"));
    // jpackage installs the launcher as <install-dir>/<package>/bin/<name>; %F passes the
    // double-clicked project files to it.
    assertEquals(installRoot + "/bin/" + name + " %F", entry.get("Exec"));
    assertEquals(installRoot + "/bin/" + name, entry.get("TryExec"));
    assertEquals(installRoot + "/lib/" + name + ".png", entry.get("Icon"));
    assertEquals("false", entry.get("Terminal"));

    List<String> categories = List.of(entry.get("Categories").split(";"));
    assertTrue(
        categories.containsAll(List.of("Science", "Geography", "Education")),
        "Categories: " + categories);
    assertEquals(
        deb.value("--linux-menu-group").orElseThrow(),
        entry.get("Categories"),
        "--linux-menu-group and the .desktop Categories differ");

    Properties association = association();
    assertEquals(association.getProperty("mime-type") + ";", entry.get("MimeType"));
    assertTrue(deb.has("--linux-shortcut"), "no --linux-shortcut: the menu entry is not installed");
  }

  @Test
  void startupWmClassNamesTheJavaFxApplicationClass() throws Exception {
    // JavaFX on GTK sets the window's WM_CLASS to the Application subclass's name; the desktop
    // entry's StartupWMClass must match it for the dock to show Wardflow's icon on the window.
    String wmClass = desktopEntry().get("StartupWMClass");
    assertNotNull(wmClass, "StartupWMClass missing");
    Class<?> app = Class.forName(wmClass, false, getClass().getClassLoader());
    Class<?> fxApplication =
        Class.forName("javafx.application.Application", false, getClass().getClassLoader());
    assertTrue(fxApplication.isAssignableFrom(app), wmClass + " is not a JavaFX Application");
  }

  @Test
  void debMaintainerScriptsKeepJpackagesDesktopCommandsButMakeThemNonFatal() throws Exception {
    JpackageArgs identity = JpackageArgs.read(JPACKAGE.resolve("identity.args"));
    JpackageArgs deb = JpackageArgs.read(JPACKAGE.resolve("linux-deb.args"));
    String pkg = deb.value("--linux-package-name").orElseThrow();
    String desktopFile =
        deb.value("--install-dir").orElseThrow()
            + "/"
            + pkg
            + "/lib/"
            + pkg
            + "-"
            + identity.value("--name").orElseThrow()
            + ".desktop";
    Map<String, String> tokens =
        Map.of("postinst", "DESKTOP_COMMANDS_INSTALL", "prerm", "DESKTOP_COMMANDS_UNINSTALL");
    for (Map.Entry<String, String> t : tokens.entrySet()) {
      Path script = PACKAGING.resolve("linux/" + t.getKey());
      String text = Files.readString(script);
      assertTrue(Files.isExecutable(script), script + " is not executable");
      // jpackage substitutes its xdg-utils commands for the token; they must run in a subshell
      // whose failure is ignored ("No writable system menu directory found" on minimal systems).
      assertTrue(
          Pattern.compile("\\(\\s*set \\+e\\s*\\n" + t.getValue() + "\\s*\\n\\s*\\) \\|\\| true")
              .matcher(text)
              .find(),
          script + ": " + t.getValue() + " is not wrapped in ( set +e ... ) || true");
      assertTrue(
          text.contains(desktopFile.substring(desktopFile.lastIndexOf('/') + 1)),
          script.toString());
      Path sh = onPath("sh");
      assumeTrue(sh != null, "no sh to check the syntax with");
      Process p =
          new ProcessBuilder(sh.toString(), "-n", script.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), script + ": " + out);
    }
    assertTrue(
        Files.readString(PACKAGING.resolve("linux/postinst")).contains("cp " + desktopFile + " "),
        "postinst must fall back to copying " + desktopFile);
  }

  @Test
  void desktopEntryPassesDesktopFileValidateWhereInstalled() throws Exception {
    Path validator = onPath("desktop-file-validate");
    // The structural checks above always run; the validator is a Debian package
    // (desktop-file-utils) that a CI machine may lack.
    assumeTrue(validator != null, "desktop-file-validate not installed (desktop-file-utils)");
    Process p =
        new ProcessBuilder(validator.toString(), DESKTOP.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "desktop-file-validate hung");
    assertEquals(0, p.exitValue(), "desktop-file-validate: " + out);
    assertFalse(out.contains("error"), "desktop-file-validate: " + out);
  }

  @Test
  void fileAssociationIsCompleteAndItsIconExists() throws IOException {
    Properties a = association();
    assertEquals("wardflow", a.getProperty("extension"), "project files are *.wardflow");
    assertTrue(
        a.getProperty("mime-type", "").matches("application/x-[a-z0-9-]+"),
        "mime-type: " + a.getProperty("mime-type"));
    assertFalse(a.getProperty("description", "").isBlank(), "description missing");
    BufferedImage icon = ImageIO.read(Path.of(a.getProperty("icon")).toFile());
    assertNotNull(icon, "association icon is not a readable image: " + a.getProperty("icon"));
    assertEquals(icon.getWidth(), icon.getHeight());
  }

  @Test
  void everyPlatformAssociatesTheSameFileTypeWithAnIconInItsOwnFormat() throws IOException {
    Properties linux = association();
    Map<String, String> platforms =
        Map.of("linux-deb", ".png", "windows-msi", ".ico", "macos-dmg", ".icns");
    for (Map.Entry<String, String> p : platforms.entrySet()) {
      String os = p.getKey().substring(0, p.getKey().indexOf('-'));
      assertTrue(Files.isRegularFile(JPACKAGE.resolve(os + "-image.args")), os + "-image.args");
      JpackageArgs pkg = JpackageArgs.read(JPACKAGE.resolve(p.getKey() + ".args"));
      Properties a = new Properties();
      try (InputStream in =
          Files.newInputStream(Path.of(pkg.value("--file-associations").orElseThrow()))) {
        a.load(in);
      }
      for (String key : List.of("extension", "mime-type", "description")) {
        assertEquals(linux.getProperty(key), a.getProperty(key), p.getKey() + ": " + key);
      }
      String icon = a.getProperty("icon");
      assertTrue(icon.endsWith(p.getValue()), p.getKey() + ": association icon " + icon);
      assertTrue(Files.isRegularFile(Path.of(icon)), icon);
      String packageIcon = pkg.value("--icon").orElseThrow();
      assertTrue(packageIcon.endsWith(p.getValue()), p.getKey() + ": --icon " + packageIcon);
    }
  }

  @Test
  void iconPngsExistAtEveryDeclaredSizeAndAreRealIcons() throws IOException {
    for (int size : ICON_SIZES) {
      Path png = PACKAGING.resolve("icons/wardflow-" + size + ".png");
      BufferedImage img = ImageIO.read(png.toFile());
      assertNotNull(img, png + " missing or unreadable");
      assertEquals(size, img.getWidth(), png + " width");
      assertEquals(size, img.getHeight(), png + " height");
      assertTrue(img.getColorModel().hasAlpha(), png + " has no alpha channel");
      // Rounded tile: the corner is (at least partly) transparent, the centre opaque.
      int corner = img.getRGB(0, 0) >>> 24;
      int centre = img.getRGB(size / 2, size / 2) >>> 24;
      assertTrue(corner < 255, png + ": corner pixel is opaque (no rounded tile?)");
      assertEquals(255, centre, png + ": centre pixel is not opaque");
      // The school symbol: some strongly orange pixel must survive at every size.
      assertTrue(hasAmberPixel(img), png + ": the amber school symbol is lost");
    }
    for (String svg : List.of("wardflow.svg", "wardflow-small.svg")) {
      Element root = parseXml(PACKAGING.resolve("icons/" + svg));
      assertEquals("svg", root.getLocalName() == null ? root.getTagName() : root.getLocalName());
      assertEquals("0 0 512 512", root.getAttribute("viewBox"), svg + " viewBox");
    }
  }

  @Test
  void jpackageIconOptionsPointAtSquarePngs() throws IOException {
    for (String args : List.of("linux-image.args", "linux-deb.args")) { // PNG on Linux
      JpackageArgs a = JpackageArgs.read(JPACKAGE.resolve(args));
      String icon = a.value("--icon").orElseThrow(() -> new AssertionError(args + ": no --icon"));
      BufferedImage img = ImageIO.read(Path.of(icon).toFile());
      assertNotNull(img, args + ": --icon " + icon + " is not a readable PNG");
      assertEquals(img.getWidth(), img.getHeight(), icon);
      assertTrue(img.getWidth() >= 128, icon + " is too small for a launcher icon");
    }
  }

  @Test
  void windowsIcoHoldsEveryPngSizeItDeclares() throws IOException {
    ByteBuffer ico =
        ByteBuffer.wrap(Files.readAllBytes(PACKAGING.resolve("icons/wardflow.ico")))
            .order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0, ico.getShort(0), "reserved");
    assertEquals(1, ico.getShort(2), "type 1 = icon");
    int count = ico.getShort(4);
    assertTrue(count >= 5, "only " + count + " images in the .ico");
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = 6 + 16 * i;
      int declared = ico.get(at) == 0 ? 256 : Byte.toUnsignedInt(ico.get(at));
      int length = ico.getInt(at + 8);
      int offset = ico.getInt(at + 12);
      byte[] png = Arrays.copyOfRange(ico.array(), offset, offset + length);
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertNotNull(img, "entry " + i + " is not a PNG");
      assertEquals(declared, img.getWidth(), "entry " + i + " declares " + declared);
      sizes.add(declared);
    }
    assertTrue(sizes.containsAll(List.of(16, 32, 48, 256)), "Windows needs 16, 32, 48 and 256");
  }

  @Test
  void macIcnsHoldsPngEntriesOfTheRightSizes() throws IOException {
    byte[] bytes = Files.readAllBytes(PACKAGING.resolve("icons/wardflow.icns"));
    ByteBuffer icns = ByteBuffer.wrap(bytes); // big-endian
    assertEquals("icns", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
    assertEquals(bytes.length, icns.getInt(4), "icns length field");
    Map<String, Integer> expected = Map.of("icp4", 16, "icp5", 32, "ic07", 128, "ic09", 512);
    Map<String, Integer> found = new LinkedHashMap<>();
    for (int at = 8; at < bytes.length; ) {
      String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
      int length = icns.getInt(at + 4);
      assertTrue(length > 8 && at + length <= bytes.length, "bad icns entry " + type);
      BufferedImage img =
          ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(bytes, at + 8, at + length)));
      assertNotNull(img, type + " is not a PNG");
      found.put(type, img.getWidth());
      at += length;
    }
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertEquals(e.getValue(), found.get(e.getKey()), "icns entry " + e.getKey());
    }
  }

  @Test
  void launcherArgsStartTheRealMainClassAndOpenOnlyExistingJavaFxPackages() throws Exception {
    JpackageArgs launcher = JpackageArgs.read(JPACKAGE.resolve("launcher.args"));
    String mainClass = launcher.value("--main-class").orElseThrow();
    assertEquals(pomProperty("app.mainClass"), mainClass, "jpackage and the jar disagree");
    Method main = Class.forName(mainClass).getMethod("main", String[].class);
    assertTrue(Modifier.isStatic(main.getModifiers()), mainClass + ".main is not static");

    Pattern export = Pattern.compile("--add-(exports|opens)=([\\w.]+)/([\\w.]+)=ALL-UNNAMED");
    List<String> javaOptions = launcher.values("--java-options");
    assertFalse(javaOptions.isEmpty());
    for (String option : javaOptions) {
      if (!option.startsWith("--add-")) {
        continue;
      }
      Matcher m = export.matcher(option);
      assertTrue(m.matches(), "malformed option " + option);
      assertTrue(m.group(2).startsWith("javafx."), option + " opens a non-JavaFX module");
      // The package must exist in JavaFX (a typo here fails only at run time, in the field).
      String dir = m.group(3).replace('.', '/') + "/";
      assertNotNull(
          getClass().getClassLoader().getResource(dir), option + ": no package " + m.group(3));
    }
  }

  @Test
  void jlinkModuleListNamesRealJdkModules() throws IOException {
    List<String> modules = new ArrayList<>();
    for (String line : Files.readAllLines(PACKAGING.resolve("jlink-modules.txt"))) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        modules.add(t);
      }
    }
    assertTrue(modules.contains("java.base") && modules.contains("java.desktop"), "" + modules);
    assertTrue(
        modules.contains("jdk.localedata"),
        "without jdk.localedata British dates print the US way");
    ModuleFinder system = ModuleFinder.ofSystem();
    for (String m : modules) {
      assertTrue(system.find(m).isPresent(), "jlink-modules.txt: no JDK module " + m);
    }
  }

  @Test
  void everyFileTheArgsFilesNameExists() throws IOException {
    List<String> fileOptions =
        List.of("--icon", "--resource-dir", "--license-file", "--file-associations");
    try (var files = Files.list(JPACKAGE)) {
      for (Path args : files.filter(p -> p.toString().endsWith(".args")).toList()) {
        JpackageArgs a = JpackageArgs.read(args);
        for (String option : fileOptions) {
          for (String value : a.values(option)) {
            assertTrue(Files.exists(Path.of(value)), args + ": " + option + " " + value);
          }
        }
      }
    }
    assertTrue(
        Files.isRegularFile(PACKAGING.resolve("linux/" + "Wardflow.desktop")),
        "the .desktop override must be named <launcher name>.desktop");
  }

  @Test
  void versionIsAcceptedByEveryInstallerType() throws IOException {
    String version = pomProjectVersion().replaceFirst("-SNAPSHOT$", "");
    // MSI needs 1-3 numeric components (major, minor <= 255, build <= 65535); .deb needs a
    // leading digit; macOS wants 1-3 numeric components not starting with 0.
    Matcher m = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?").matcher(version);
    assertTrue(m.matches(), "version " + version + " is not N[.N[.N]]");
    assertTrue(Integer.parseInt(m.group(1)) <= 255);
    assertTrue(m.group(2) == null || Integer.parseInt(m.group(2)) <= 255);
    assertTrue(m.group(3) == null || Integer.parseInt(m.group(3)) <= 65535);
  }

  @Test
  void packageProfileRunsTheBuildAndSmokeScripts() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher profile =
        Pattern.compile(
                "<profile>\\s*(?:<!--.*?-->\\s*)?<id>package</id>(.*?)</profile>", Pattern.DOTALL)
            .matcher(pom);
    assertTrue(profile.find(), "pom.xml has no profile 'package'");
    String body = profile.group(1);
    for (String script : List.of("packaging/build.sh", "packaging/smoke-test.sh")) {
      assertTrue(body.contains("<argument>" + script + "</argument>"), script + " not run");
      assertTrue(Files.isExecutable(Path.of(script)), script + " is not executable");
    }
    assertTrue(body.contains("<phase>verify</phase>"), "the smoke test must run in verify");
  }

  // ---------------------------------------------------------------------------------------

  private static Map<String, String> desktopEntry() throws IOException {
    Map<String, String> keys = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(DESKTOP, StandardCharsets.UTF_8);
    assertEquals("[Desktop Entry]", lines.get(0), DESKTOP + " must start with [Desktop Entry]");
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        break;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        fail(DESKTOP + ": not a key=value line: " + line);
      }
      String key = line.substring(0, eq);
      if (keys.put(key, line.substring(eq + 1)) != null) {
        fail(DESKTOP + ": duplicate key " + key);
      }
    }
    return keys;
  }

  private static Properties association() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(ASSOCIATION)) {
      p.load(in);
    }
    return p;
  }

  private static boolean hasAmberPixel(BufferedImage img) {
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int argb = img.getRGB(x, y);
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        if ((argb >>> 24) == 255 && r > 200 && g > 120 && g < 200 && b < 110) {
          return true;
        }
      }
    }
    return false;
  }

  private static Element parseXml(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static String pomProperty(String name) throws IOException {
    Matcher m =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(m.find(), "pom.xml has no property " + name);
    return m.group(1).strip();
  }

  private static String pomProjectVersion() throws IOException {
    Element project = parseXml(Path.of("pom.xml"));
    for (var n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("version")) {
        return e.getTextContent().strip();
      }
    }
    throw new AssertionError("pom.xml has no project version");
  }

  private static Path onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, tool);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
