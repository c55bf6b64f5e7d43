package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class CrsTransformTest {
  @Test
  void bngToWgs84MatchesReferencePoint() {
    // Reference from STACK.md: Proj4J and Apache SIS agree to ~1 mm here.
    Coordinate c = CrsTransform.bngToWgs84(406800, 286800);
    assertEquals(-1.90130674, c.x, 1e-6);
    assertEquals(52.47908524, c.y, 1e-6);
  }

  @Test
  void roundTripIsWithinCentimetres() {
    Coordinate ll = CrsTransform.bngToWgs84(430000, 280000);
    Coordinate back = CrsTransform.wgs84ToBng(ll.x, ll.y);
    assertEquals(430000, back.x, 0.01);
    assertEquals(280000, back.y, 0.01);
  }

  @Test
  void knowsEpsgCodes() {
    assertTrue(CrsTransform.isKnown("EPSG:3857"));
    assertFalse(CrsTransform.isKnown("EPSG:999999"));
  }
}
