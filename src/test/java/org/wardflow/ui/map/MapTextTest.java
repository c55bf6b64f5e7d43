package org.wardflow.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

/** Display formats of scales and positions. */
class MapTextTest {

  @ParameterizedTest
  @CsvSource({
    "24873, 25000",
    "25000, 25000",
    "1234, 1200",
    "1250, 1300",
    "123456, 120000",
    "987654321, 990000000",
    "99.6, 100",
    "7.4, 7",
    "0.3, 1"
  })
  void scalesAreRoundedToTwoSignificantFigures(double raw, long nice) {
    assertEquals(nice, MapText.niceScale(raw));
  }

  @Test
  void scaleTextHasThousandsSeparators() {
    assertEquals("1:25,000", MapText.scale(24_873));
    assertEquals("1:1,200,000", MapText.scale(1_234_567));
    assertThrows(IllegalArgumentException.class, () -> MapText.scale(0));
  }

  @Test
  void positionsAreFormattedWithHemispheres() {
    assertEquals("E 406,800  N 286,800", MapText.bng(406_799.6, 286_800.2));
    assertEquals(
        "52.47909° N  1.90131° W", MapText.latLon(new Coordinate(-1.90130674, 52.47908524)));
    assertEquals("33.86785° S  151.20732° E", MapText.latLon(new Coordinate(151.20732, -33.86785)));
  }
}
