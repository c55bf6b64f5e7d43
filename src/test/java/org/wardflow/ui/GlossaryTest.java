package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary: rewording with case kept, whole words only, refusals, the terms file. */
class GlossaryTest {

  private static Glossary neighbourhoods() {
    return Glossary.defaults()
        .with(Glossary.CYP_LONG, "young people")
        .with(Glossary.CYP_SHORT, "YP")
        .with(Glossary.WARD, "neighbourhood")
        .with(Glossary.WARDS, "neighbourhoods");
  }

  @Test
  void defaultsLeaveTextAlone() {
    String s = "Exploratory · children and young people · CYP per ward";
    assertSame(s, Glossary.defaults().apply(s));
    assertTrue(Glossary.defaults().isDefault());
  }

  @Test
  void rewordsWholeWordsKeepingCase() {
    Glossary g = neighbourhoods();
    assertEquals(
        "Exploratory, not predictive · young people · published figures only",
        g.apply(
            "Exploratory, not predictive · children and young people · published figures only"));
    assertEquals("Young people who live here", g.apply("Children and young people who live here"));
    assertEquals("YP living in the neighbourhood", g.apply("CYP living in the ward"));
    assertEquals("Neighbourhoods affected: 3", g.apply("Wards affected: 3"));
    assertEquals("NEIGHBOURHOOD", g.apply("WARD"));
    // not inside other words
    assertEquals("Wardflow draws towards Westward", g.apply("Wardflow draws towards Westward"));
    assertEquals("cyp-ish CYPHER", g.apply("cyp-ish CYPHER"));
    assertEquals("neighbourhood×school", g.apply("ward×school"));
  }

  @Test
  void offendingWordingIsRefused() {
    for (String bad : new String[] {"young offenders", "Offenders", "OFFENDING youth"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Glossary.defaults().with(Glossary.CYP_LONG, bad));
      assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
    }
    assertTrue(Glossary.problem(Glossary.CYP_SHORT, "  ").isPresent());
    assertTrue(Glossary.problem("school", "academy").isPresent());
    assertTrue(Glossary.problem(Glossary.WARD, "x".repeat(Glossary.MAX_LENGTH + 1)).isPresent());
    assertFalse(Glossary.problem(Glossary.WARD, "neighbourhood").isPresent());
  }

  @Test
  void termsFileRoundTripsAndReportsBadLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sub").resolve(Glossary.FILE_NAME);
    neighbourhoods().write(f);
    Glossary.Loaded back = Glossary.read(f);
    assertEquals(neighbourhoods(), back.glossary());
    assertTrue(back.problems().isEmpty(), back.problems().toString());

    Path bad = dir.resolve("bad.properties");
    Files.writeString(
        bad,
        "# a comment\n"
            + "cyp.long = young offenders\n"
            + "ward = area\n"
            + "nonsense line\n"
            + "school = academy\n",
        StandardCharsets.UTF_8);
    Glossary.Loaded r = Glossary.read(bad);
    assertEquals("children and young people", r.glossary().term(Glossary.CYP_LONG));
    assertEquals("area", r.glossary().term(Glossary.WARD));
    assertEquals(3, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).startsWith("bad.properties line 2: "), r.problems().get(0));
    assertTrue(r.problems().get(0).contains("offenders"));
    assertTrue(r.problems().get(1).contains("line 4"));
    assertTrue(r.problems().get(2).contains("line 5"));

    Glossary.Loaded missing = Glossary.read(dir.resolve("none.properties"));
    assertTrue(missing.glossary().isDefault());
  }
}
