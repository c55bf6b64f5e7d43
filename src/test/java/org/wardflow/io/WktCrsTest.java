package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wardflow.io.ImportReport.Severity;

class WktCrsTest {
  static ImportReport report() {
    return new ImportReport(Path.of("x.prj"), "test");
  }

  @Test
  void recognisesBngAndWgs84InTheirUsualSpellings() {
    assertEquals("EPSG:27700", WktCrs.recognise(TestShapefileWriter.ESRI_BNG_WKT));
    assertEquals("EPSG:27700", WktCrs.recognise(GeoPackageReaderTest.BNG_WKT));
    assertEquals("EPSG:4326", WktCrs.recognise(TestShapefileWriter.ESRI_WGS84_WKT));
    assertEquals(
        "EPSG:4326",
        WktCrs.recognise(
            "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]"));
    assertEquals(
        "EPSG:32630",
        WktCrs.recognise(
            "PROJCS[\"WGS_1984_UTM_Zone_30N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",-3.0],PARAMETER[\"Scale_Factor\",0.9996],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]"));
  }

  @Test
  void esriBngIsTreatedAsEpsg27700SoTheDatumShiftIsNotLost() {
    // Converting ESRI's BNG WKT literally (no TOWGS84) would misplace Birmingham by ~100 m.
    CrsSupport.SourceCrs c = WktCrs.parse(TestShapefileWriter.ESRI_BNG_WKT, "the .prj", report());
    assertEquals("EPSG:27700", c.epsg());
    assertNull(c.custom());
  }

  @Test
  void unknownDefinitionsAreConvertedAndReported() {
    ImportReport r = report();
    CrsSupport.SourceCrs c =
        WktCrs.parse(
            "PROJCS[\"Irish_Grid_TM\",GEOGCS[\"GCS_IRENET95\",DATUM[\"D_IRENET95\",SPHEROID["
                + "\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                + "0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER["
                + "\"False_Easting\",600000.0],PARAMETER[\"False_Northing\",750000.0],PARAMETER["
                + "\"Central_Meridian\",-8.0],PARAMETER[\"Scale_Factor\",0.99982],PARAMETER["
                + "\"Latitude_Of_Origin\",53.5],UNIT[\"Meter\",1.0]]",
            "the .prj",
            r);
    assertNotNull(c.custom());
    assertEquals(Severity.WARNING, r.worst());
    assertTrue(r.issues().get(0).message().contains("Irish_Grid_TM"));

    ImportReport r2 = report();
    assertNull(WktCrs.parse("this is not WKT", "the .prj", r2));
    assertTrue(r2.issues().get(0).message().contains("could not be interpreted"));
    ImportReport r3 = report();
    assertNull(WktCrs.parse("  ", "the .prj", r3));
    assertTrue(r3.issues().get(0).message().contains("empty"));
  }
}
