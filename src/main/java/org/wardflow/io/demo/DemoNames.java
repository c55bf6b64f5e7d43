package org.wardflow.io.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Invented, English-sounding names for the fictional demo city: stems that are not real towns
 * combined with the usual English place-name endings. The city is called {@value #CITY}. Names are
 * drawn without repetition from a seeded generator; a test checks them against the real West
 * Midlands ward and school names.
 */
final class DemoNames {
  /** The fictional city. */
  static final String CITY = "Quillbridge";

  private static final String[] STEMS = {
    "Thimble", "Sallow", "Fennick", "Brackle", "Orrin", "Vetch", "Hollin", "Dapple", "Larken",
    "Teasel", "Pellin", "Rushen", "Wyvell", "Sedgel", "Pipit", "Quarrel", "Ember", "Cinder",
    "Morrow", "Tansel", "Gorsel", "Amble", "Bellin", "Corvey", "Dunmarl", "Elver", "Farrow",
    "Gannet", "Harrel", "Inkle", "Jessel", "Kettle", "Lumley", "Marl", "Nettle", "Ossel",
    "Pennock", "Rill", "Sorrel", "Tarrow", "Umber", "Wincey", "Yarrel", "Abbot", "Brindle",
    "Crake", "Dorrel", "Fallow", "Greave", "Hobb", "Oakum", "Ravel", "Sable", "Tinder",
    "Vellum", "Wimble", "Dunnock", "Flinder", "Gossel", "Lantern", "Mossel", "Pewter"
  };

  private static final String[] SUFFIXES = {
    "wick", "combe", "holt", "ford", "gate", "ley", "hurst", "thorpe", "field", "bury", "stead",
    "worth", "brook", "den", "by", "mere", "ton", "well"
  };

  private static final String[] SEPARATE = {
    " Park", " Green", " Heath", " Vale", " Hill", " Common", " Cross", " End"
  };

  private static final String[] STREETS = {
    "Candleford",
    "Cranesbill",
    "Harebell",
    "Kingcup",
    "Meadowsweet",
    "Nightjar",
    "Quince",
    "Pennyroyal",
    "Bellweather",
    "Saxifrage",
    "Tormentil",
    "Woodruff",
    "Sweetbriar",
    "Eyebright",
    "Fieldfare",
    "Goldcrest",
    "Linnet",
    "Moorhen",
    "Redpoll",
    "Stonechat",
    "Whimbrel",
    "Yellowhammer",
    "Burdock",
    "Chicory",
    "Dropwort",
    "Feverfew",
    "Grassmere",
    "Hawkbit",
    "Knapweed",
    "Lovage",
    "Agrimony",
    "Betony",
    "Campion",
    "Dittany",
    "Fleabane",
    "Gromwell",
    "Henbit",
    "Lungwort",
    "Madder",
    "Orpine",
    "Purslane",
    "Ragwort",
    "Samphire",
    "Tansy",
    "Vervain",
    "Wormwood",
    "Avocet",
    "Bunting",
    "Chiffchaff",
    "Dotterel",
    "Firecrest",
    "Garganey",
    "Hobby",
    "Merganser",
    "Ouzel",
    "Plover",
    "Shelduck",
    "Turnstone",
    "Wagtail",
    "Wheatear"
  };

  private static final String[] STREET_KINDS = {" Lane", " Road", " Street", " Way", " Grove"};

  private final RandomGenerator rng;
  private final Set<String> used = new HashSet<>();
  private final List<String> streets = new ArrayList<>(List.of(STREETS));

  DemoNames(RandomGenerator rng) {
    this.rng = rng;
  }

  /** A new place name such as {@code Thimblewick} or {@code Sallow Green}. */
  String place() {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      String stem = STEMS[rng.nextInt(STEMS.length)];
      String name;
      if (rng.nextDouble() < 0.22) {
        name = stem + SEPARATE[rng.nextInt(SEPARATE.length)];
      } else {
        String suf = SUFFIXES[rng.nextInt(SUFFIXES.length)];
        name = join(stem, suf);
      }
      if (used.add(name) && used.add("stem:" + stem)) {
        return name;
      }
      used.remove(name);
    }
    throw new IllegalStateException("ran out of invented place names");
  }

  /** A new street-like name for a second school in a ward, e.g. {@code Harebell}. */
  String street() {
    if (streets.isEmpty()) {
      for (String st : STREETS) {
        for (String k : STREET_KINDS) {
          streets.add(st + k);
        }
      }
      streets.removeAll(used);
    }
    String s = streets.remove(rng.nextInt(streets.size()));
    used.add(s);
    return s;
  }

  /** Reserves a name so it is not drawn later. */
  void reserve(String name) {
    used.add(name);
  }

  private static String join(String stem, String suf) {
    // avoid doubled letters at the join ("Marl" + "ley" → "Marley" style clashes are fine,
    // but "Rill" + "ley" reads badly)
    if (stem.endsWith(suf.substring(0, 1))) {
      return stem + suf.substring(1);
    }
    return stem + suf;
  }

  /** The stem a place name starts with (for school names). */
  static String stemOf(String place) {
    int sp = place.indexOf(' ');
    return sp < 0 ? place : place.substring(0, sp);
  }
}
