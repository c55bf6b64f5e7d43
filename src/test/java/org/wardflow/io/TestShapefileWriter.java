package org.wardflow.io;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A tiny test-only shapefile writer (.shp, .shx, .dbf, .prj) following the ESRI spec byte layout,
 * so the reader is tested against files built independently of it. Rings are written exactly as
 * given (the caller chooses their orientation).
 */
final class TestShapefileWriter {
  /** ESRI WKT of British National Grid as ArcGIS writes it (no EPSG code, no datum shift). */
  static final String ESRI_BNG_WKT =
      "PROJCS[\"British_National_Grid\",GEOGCS[\"GCS_OSGB_1936\",DATUM[\"D_OSGB_1936\","
          + "SPHEROID[\"Airy_1830\",6377563.396,299.3249646]],PRIMEM[\"Greenwich\",0.0],"
          + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
          + "PARAMETER[\"False_Easting\",400000.0],PARAMETER[\"False_Northing\",-100000.0],"
          + "PARAMETER[\"Central_Meridian\",-2.0],PARAMETER[\"Scale_Factor\",0.9996012717],"
          + "PARAMETER[\"Latitude_Of_Origin\",49.0],UNIT[\"Meter\",1.0]]";

  /** ESRI WKT of WGS 84. */
  static final String ESRI_WGS84_WKT =
      "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
          + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

  private TestShapefileWriter() {}

  /** One shape: parts of coordinates (rings or points); empty list for a Null shape. */
  record Shape(List<Coordinate[]> parts) {
    static Shape of(Coordinate[]... parts) {
      return new Shape(List.of(parts));
    }
  }

  /** A ring as a closed array from x,y pairs. */
  static Coordinate[] ring(double... xy) {
    Coordinate[] c = new Coordinate[xy.length / 2 + 1];
    for (int i = 0; i < xy.length / 2; i++) {
      c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
    }
    c[c.length - 1] = new Coordinate(c[0]);
    return c;
  }

  /** A clockwise square (outer ring per the spec). */
  static Coordinate[] cwSquare(double x, double y, double size) {
    return ring(x, y, x, y + size, x + size, y + size, x + size, y);
  }

  /** A counter-clockwise square (hole per the spec). */
  static Coordinate[] ccwSquare(double x, double y, double size) {
    return ring(x, y, x + size, y, x + size, y + size, x, y + size);
  }

  /**
   * Writes a shapefile.
   *
   * @param shp path of the .shp; siblings get the same base name
   * @param shapeType 1, 8, 5, 15, 25, …
   * @param shapes one per record
   * @param fields dbf field names (character fields, 40 wide)
   * @param rows dbf rows (strings), or null to write no .dbf
   * @param prj WKT for the .prj, or null for none
   * @param writeShx whether to write the .shx
   */
  static void write(
      Path shp,
      int shapeType,
      List<Shape> shapes,
      List<String> fields,
      List<String[]> rows,
      String prj,
      boolean writeShx)
      throws IOException {
    List<byte[]> contents = new ArrayList<>();
    Envelope all = new Envelope();
    for (Shape s : shapes) {
      byte[] c = content(shapeType, s);
      contents.add(c);
      for (Coordinate[] p : s.parts()) {
        for (Coordinate k : p) {
          all.expandToInclude(k);
        }
      }
    }
    int shpLen = 100;
    for (byte[] c : contents) {
      shpLen += 8 + c.length;
    }
    ByteBuffer b = ByteBuffer.allocate(shpLen);
    header(b, shpLen, shapeType, all);
    ByteBuffer x = ByteBuffer.allocate(100 + 8 * contents.size());
    header(x, 100 + 8 * contents.size(), shapeType, all);
    int offset = 100;
    for (int i = 0; i < contents.size(); i++) {
      byte[] c = contents.get(i);
      b.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(c.length / 2);
      b.put(c);
      x.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(c.length / 2);
      offset += 8 + c.length;
    }
    Files.write(shp, b.array());
    String base = shp.getFileName().toString().replaceFirst("\\.shp$", "");
    if (writeShx) {
      Files.write(shp.resolveSibling(base + ".shx"), x.array());
    }
    if (prj != null) {
      Files.writeString(shp.resolveSibling(base + ".prj"), prj, StandardCharsets.ISO_8859_1);
    }
    if (rows != null) {
      try (OutputStream out = Files.newOutputStream(shp.resolveSibling(base + ".dbf"));
          DBFWriter w = new DBFWriter(out, StandardCharsets.UTF_8)) {
        DBFField[] f = new DBFField[fields.size()];
        for (int i = 0; i < f.length; i++) {
          f[i] = new DBFField(fields.get(i), DBFDataType.CHARACTER, 40);
        }
        w.setFields(f);
        for (String[] r : rows) {
          w.addRecord(r);
        }
      }
      Files.writeString(shp.resolveSibling(base + ".cpg"), "UTF-8");
    }
  }

  private static void header(ByteBuffer b, int length, int type, Envelope e) {
    b.order(ByteOrder.BIG_ENDIAN).putInt(9994);
    for (int i = 0; i < 5; i++) {
      b.putInt(0);
    }
    b.putInt(length / 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
    b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
  }

  private static byte[] content(int type, Shape s) {
    if (s.parts().isEmpty()) {
      return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
    }
    List<Coordinate> pts = new ArrayList<>();
    for (Coordinate[] p : s.parts()) {
      pts.addAll(List.of(p));
    }
    Envelope e = new Envelope();
    pts.forEach(e::expandToInclude);
    boolean z = type == 11 || type == 13 || type == 15 || type == 18;
    boolean m = z || type == 21 || type == 23 || type == 25 || type == 28;
    int base = type % 10;
    ByteBuffer b;
    if (base == 1) {
      b = ByteBuffer.allocate(20 + (z ? 8 : 0) + (m ? 8 : 0)).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(type).putDouble(pts.get(0).x).putDouble(pts.get(0).y);
      if (z) {
        b.putDouble(5);
      }
      if (m) {
        b.putDouble(7);
      }
      return b.array();
    }
    int n = pts.size();
    int extra = (z ? 16 + 8 * n : 0) + (m ? 16 + 8 * n : 0);
    if (base == 8) {
      b = ByteBuffer.allocate(40 + 16 * n + extra).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(type);
      box(b, e);
      b.putInt(n);
    } else {
      int parts = s.parts().size();
      b = ByteBuffer.allocate(44 + 4 * parts + 16 * n + extra).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(type);
      box(b, e);
      b.putInt(parts).putInt(n);
      int start = 0;
      for (Coordinate[] p : s.parts()) {
        b.putInt(start);
        start += p.length;
      }
    }
    for (Coordinate c : pts) {
      b.putDouble(c.x).putDouble(c.y);
    }
    if (z) {
      b.putDouble(0).putDouble(10);
      for (int i = 0; i < n; i++) {
        b.putDouble(10.0 * i / n);
      }
    }
    if (m) {
      b.putDouble(0).putDouble(1);
      for (int i = 0; i < n; i++) {
        b.putDouble(1.0 * i / n);
      }
    }
    return b.array();
  }

  private static void box(ByteBuffer b, Envelope e) {
    b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
  }
}
