package org.wardflow.packaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wardflow.testutil.SharedData;

/**
 * The licence listing shipped in the jar and the installers ({@code org/wardflow/licenses/}) must
 * name every bundled dependency at the version actually bundled, state licences that agree with the
 * artifacts' own metadata, and carry the licence texts and NOTICE files it refers to.
 *
 * <p>The runtime class path is read from the test class path (which contains it): a jar there that
 * is not listed must either be a test tool (its group is in {@link #TEST_ONLY_GROUPS}) or get an
 * entry in THIRD-PARTY.txt. The exact runtime list is checked again by {@code packaging/build.sh}
 * against {@code mvn dependency:list} in the {@code package} profile.
 */
class ThirdPartyLicencesTest {
  /**
   * Groups of the test-scoped dependencies and of what they pull in. A new test dependency from
   * another group makes this test fail until its group is added here.
   */
  static final Set<String> TEST_ONLY_GROUPS =
      Set.of(
          "org.junit.jupiter",
          "org.junit.platform",
          "org.opentest4j",
          "org.apiguardian",
          "org.testfx",
          "org.hamcrest",
          "org.assertj",
          "org.osgi",
          "com.tngtech.archunit",
          "net.jqwik",
          "org.openjdk.jmh",
          "net.sf.jopt-simple",
          "org.apache.maven.surefire");

  private static List<ThirdPartyListing.Entry> listing;
  private static Map<String, Path> classpath; // group:artifact:version -> jar

  @BeforeAll
  static void read() throws IOException {
    listing = ThirdPartyListing.read();
    classpath = classpathJars();
  }

  @Test
  void listingIsWellFormed() {
    assertTrue(listing.size() >= 15, "only " + listing.size() + " components listed");
    for (ThirdPartyListing.Entry e : listing) {
      String c = e.get("Component");
      for (String key : List.of("Artifacts", "Licence", "Text", "Home", "Checked")) {
        assertFalse(e.get(key).isBlank(), c + ": no " + key);
      }
      assertTrue(e.get("Home").startsWith("http"), c + ": Home is not a URL");
    }
  }

  @Test
  void everyNonTestDependencyOfThePomIsListedAtItsVersion() throws IOException {
    Set<String> listed = new TreeSet<>();
    listing.forEach(e -> listed.addAll(e.artifacts()));
    List<String> missing = new ArrayList<>();
    for (String[] dep : pomDependencies()) {
      String ga = dep[0] + ":" + dep[1];
      String version = dep[2];
      boolean found =
          listed.stream()
              .anyMatch(
                  c -> c.startsWith(ga + ":") && (version == null || c.equals(ga + ":" + version)));
      if (!found) {
        missing.add(ga + (version == null ? "" : ":" + version));
      }
    }
    assertTrue(missing.isEmpty(), "pom dependencies missing from THIRD-PARTY.txt: " + missing);
  }

  @Test
  void listedArtifactsAreExactlyTheNonTestJarsOnTheClassPath() {
    Map<String, String> listedVersions = new LinkedHashMap<>(); // group:artifact -> version
    for (ThirdPartyListing.Entry e : listing) {
      for (String c : e.artifacts()) {
        listedVersions.put(c.substring(0, c.lastIndexOf(':')), c.substring(c.lastIndexOf(':') + 1));
      }
    }
    List<String> problems = new ArrayList<>();
    for (String coords : classpath.keySet()) {
      String ga = coords.substring(0, coords.lastIndexOf(':'));
      String version = coords.substring(coords.lastIndexOf(':') + 1);
      String group = ga.substring(0, ga.indexOf(':'));
      if (listedVersions.containsKey(ga)) {
        if (!listedVersions.get(ga).equals(version)) {
          problems.add(
              ga + " is bundled at " + version + " but listed at " + listedVersions.get(ga));
        }
      } else if (!TEST_ONLY_GROUPS.contains(group)) {
        problems.add(
            coords
                + " is on the class path but not in THIRD-PARTY.txt (a new runtime dependency"
                + " needs an entry there; a new test-only dependency's group goes in"
                + " TEST_ONLY_GROUPS)");
      }
    }
    for (Map.Entry<String, String> l : listedVersions.entrySet()) {
      if (!classpath.containsKey(l.getKey() + ":" + l.getValue())) {
        problems.add(l.getKey() + ":" + l.getValue() + " is listed but not a dependency (stale)");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void licencesAgreeWithTheArtifactsOwnPoms() throws IOException {
    // Keyword in the pom's <license><name> -> what THIRD-PARTY.txt's Licence field must say.
    Map<String, String> spdx = new LinkedHashMap<>();
    spdx.put("lesser", "LGPL-3.0");
    spdx.put("general public license", "GPL-");
    spdx.put("apache", "Apache-2.0");
    spdx.put("mit", "MIT");
    spdx.put("bsd", "BSD-3-Clause");
    spdx.put("isc", "ISC");
    spdx.put("eclipse public", "EPL-2.0");
    spdx.put("epsg", "EPSG");
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (ThirdPartyListing.Entry e : listing) {
      for (String coords : e.artifacts()) {
        Path jar = classpath.get(coords);
        if (jar == null) {
          continue; // reported by listedArtifactsAreExactlyTheNonTestJarsOnTheClassPath
        }
        String[] gav = coords.split(":");
        for (String name : pomLicenceNames(jar, gav[0], gav[1])) {
          String lower = name.toLowerCase();
          String expected =
              spdx.entrySet().stream()
                  .filter(k -> Pattern.compile("\\b" + k.getKey() + "\\b").matcher(lower).find())
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElse(null);
          if (expected == null) {
            problems.add(coords + ": unknown licence name in its pom: " + name);
          } else if (!e.get("Licence").contains(expected)) {
            problems.add(coords + ": pom says '" + name + "', listing says " + e.get("Licence"));
          }
          checked++;
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(checked >= 20, "only " + checked + " licences could be checked against poms");
  }

  @Test
  void copyleftComponentsAreFlaggedInTheLicenceNotes() throws IOException {
    String text = ThirdPartyListing.resource("THIRD-PARTY.txt");
    String notes = text.substring(text.indexOf("Licence notes"), text.indexOf("Component:"));
    for (ThirdPartyListing.Entry e : listing) {
      String licence = e.get("Licence");
      if (licence.contains("GPL-3.0") || licence.contains("LGPL")) {
        String name = e.get("Component").split(" ")[0];
        assertTrue(notes.contains(name), name + " (" + licence + ") is not in the licence notes");
      }
    }
  }

  @Test
  void everyReferencedTextIsShippedAndEveryShippedTextIsReferenced() throws IOException {
    Pattern ref = Pattern.compile("texts/[\\w.-]+\\.txt");
    Set<String> referenced = new TreeSet<>();
    for (String doc : List.of("THIRD-PARTY.txt", "DATA-ATTRIBUTIONS.txt")) {
      Matcher m = ref.matcher(ThirdPartyListing.resource(doc));
      while (m.find()) {
        referenced.add(m.group());
      }
    }
    for (String r : referenced) {
      assertTrue(ThirdPartyListing.resource(r).length() > 300, r + " is empty or a stub");
    }
    Path texts = Path.of("src/main/resources", ThirdPartyListing.DIR, "texts");
    try (Stream<Path> files = Files.list(texts)) {
      for (Path f : files.toList()) {
        assertTrue(
            referenced.contains("texts/" + f.getFileName()),
            f.getFileName() + " is not referenced");
      }
    }
  }

  @Test
  void noticeFilesOfBundledJarsAreCarried() throws IOException {
    String carried = normalise(ThirdPartyListing.resource("NOTICE.txt"));
    int notices = 0;
    for (ThirdPartyListing.Entry e : listing) {
      for (String coords : e.artifacts()) {
        Path jar = classpath.get(coords);
        if (jar == null) {
          continue;
        }
        try (JarFile j = new JarFile(jar.toFile())) {
          for (String name : List.of("META-INF/NOTICE", "META-INF/NOTICE.txt")) {
            ZipEntry z = j.getEntry(name);
            if (z != null) {
              String notice =
                  new String(j.getInputStream(z).readAllBytes(), StandardCharsets.UTF_8);
              assertTrue(
                  carried.contains(normalise(notice)),
                  coords + ": its " + name + " is not in NOTICE.txt (run update-licence-texts.sh)");
              notices++;
            }
          }
        }
      }
    }
    assertTrue(notices >= 8, "only " + notices + " NOTICE files found in the bundled jars");
  }

  @Test
  void dataAttributionsCarryTheWordingThePublishersRequire() throws IOException {
    // The attribution statements quoted in the shared data's provenance notes.
    String provenance = Files.readString(SharedData.file("PROVENANCE.md"));
    Matcher m = Pattern.compile("Attribution[^\"\\n]*:\\s*\"([^\"]+)\"").matcher(provenance);
    String attributions = normalise(ThirdPartyListing.resource("DATA-ATTRIBUTIONS.txt"));
    int found = 0;
    while (m.find()) {
      String statement = normalise(m.group(1));
      assertTrue(attributions.contains(statement), "DATA-ATTRIBUTIONS.txt lacks: " + statement);
      found++;
    }
    assertTrue(found >= 3, "only " + found + " attribution statements found in PROVENANCE.md");
    assertTrue(attributions.contains("IOGP"), "EPSG dataset ownership (IOGP) not acknowledged");
  }

  // ---------------------------------------------------------------------------------------

  private static String normalise(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** The pom's direct dependencies that are not test-scoped: {groupId, artifactId, version?}. */
  private static List<String[]> pomDependencies() throws IOException {
    Element project = xml(Files.readAllBytes(Path.of("pom.xml")));
    Map<String, String> props = new LinkedHashMap<>();
    Element properties = child(project, "properties");
    if (properties != null) {
      for (Node n = properties.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element p) {
          props.put(p.getLocalName(), p.getTextContent().strip());
        }
      }
    }
    List<String[]> out = new ArrayList<>();
    Element deps = child(project, "dependencies");
    for (Node n = deps.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element d)) {
        continue;
      }
      String scope = text(d, "scope");
      if ("test".equals(scope) || "provided".equals(scope)) {
        continue;
      }
      String version = text(d, "version");
      if (version != null) {
        Matcher p = Pattern.compile("\\$\\{([^}]+)}").matcher(version);
        version = p.matches() ? props.get(p.group(1)) : version;
      }
      out.add(new String[] {text(d, "groupId"), text(d, "artifactId"), version});
    }
    assertFalse(out.isEmpty(), "no dependencies parsed from pom.xml");
    return out;
  }

  /** The licence names in a jar's embedded pom (empty when the pom inherits them). */
  private static List<String> pomLicenceNames(Path jar, String group, String artifact)
      throws IOException {
    try (JarFile j = new JarFile(jar.toFile())) {
      ZipEntry z = j.getEntry("META-INF/maven/" + group + "/" + artifact + "/pom.xml");
      if (z == null) {
        return List.of();
      }
      Element licences = child(xml(j.getInputStream(z).readAllBytes()), "licenses");
      List<String> names = new ArrayList<>();
      if (licences != null) {
        for (Node n = licences.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element l && text(l, "name") != null) {
            names.add(text(l, "name"));
          }
        }
      }
      return names;
    }
  }

  /** The jars on the test class path, keyed by group:artifact:version. */
  private static Map<String, Path> classpathJars() throws IOException {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Map<String, Path> jars = new LinkedHashMap<>();
    for (String entry : cp.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) {
        continue;
      }
      String coords = coordinates(p);
      if (coords == null) {
        fail("cannot tell the Maven coordinates of " + p);
      }
      jars.put(coords, p);
    }
    assertTrue(jars.size() > 30, "class path has only " + jars.size() + " jars: " + cp);
    return jars;
  }

  /**
   * group:artifact:version of a jar in a Maven repository layout (…/group/path/artifact/version/
   * artifact-version[-classifier].jar), using the jar's pom.properties for the group.
   */
  private static String coordinates(Path jar) throws IOException {
    Path versionDir = jar.getParent();
    Path artifactDir = versionDir == null ? null : versionDir.getParent();
    if (artifactDir == null) {
      return null;
    }
    String version = versionDir.getFileName().toString();
    String artifact = artifactDir.getFileName().toString();
    if (!jar.getFileName().toString().startsWith(artifact + "-" + version)) {
      return null;
    }
    try (JarFile j = new JarFile(jar.toFile())) {
      var entries = j.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.startsWith("META-INF/maven/")
            && name.endsWith("/" + artifact + "/pom.properties")) {
          Properties p = new Properties();
          try (InputStream in = j.getInputStream(j.getEntry(name))) {
            p.load(in);
          }
          return p.getProperty("groupId") + ":" + artifact + ":" + version;
        }
      }
    }
    // No pom.properties (e.g. OpenJFX): the group is the path between the repository root and
    // the artifact folder; the root is the folder named "repository" (Maven's default layout).
    List<String> parts = new ArrayList<>();
    for (Path p = artifactDir.getParent();
        p != null && p.getFileName() != null;
        p = p.getParent()) {
      if (p.getFileName().toString().equals("repository")) {
        return String.join(".", parts) + ":" + artifact + ":" + version;
      }
      parts.add(0, p.getFileName().toString());
    }
    return null;
  }

  private static Element xml(byte[] bytes) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(bytes))
          .getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("unreadable XML: " + e.getMessage(), e);
    }
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }
}
