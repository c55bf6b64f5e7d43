package org.wardflow.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.wardflow.model.Crs;
import org.wololo.jts2geojson.GeoJSONReader;

/**
 * Reads a GeoJSON file (FeatureCollection, a single Feature or a bare geometry) into {@link
 * VectorData} in British National Grid. Streams the file with Jackson so each feature's line number
 * is known; converts geometries with jts2geojson (which keeps properties, unlike jts-io's reader).
 *
 * <p>The CRS comes from the {@code crs} member (EPSG:27700, CRS84 or EPSG:4326 in any of the usual
 * URN/URL spellings, or any EPSG code Proj4J knows); without one it is detected from the coordinate
 * ranges (RFC 7946's default is WGS 84) and the report says so. Malformed JSON gives an {@link
 * ImportException} naming the line and column.
 */
public final class GeoJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> GEOMETRY_TYPES =
      Set.of(
          "Point",
          "MultiPoint",
          "LineString",
          "MultiLineString",
          "Polygon",
          "MultiPolygon",
          "GeometryCollection");

  private GeoJsonReader() {}

  private record RawFeature(int line, JsonNode node) {}

  /**
   * Reads all features of a GeoJSON file and reprojects them to BNG.
   *
   * @param file the file (never modified)
   * @param report receives the CRS decision and per-feature problems
   * @return the features, geometries in EPSG:27700
   * @throws ImportException when the file is not readable GeoJSON or its CRS cannot be decided
   */
  public static VectorData read(Path file, ImportReport report) throws ImportException {
    Texts.requireReadable(file, "GeoJSON");
    String name = Texts.name(file);
    List<RawFeature> raw = new ArrayList<>();
    String type = null;
    JsonNode crs = null;
    ObjectNode bare = JsonNodeFactory.instance.objectNode();
    try {
      if (Files.size(file) == 0) {
        throw new ImportException(
            file, "Cannot read " + name + ": the file is empty (0 bytes), so it holds no GeoJSON.");
      }
      byte[] head = Texts.head(file, 4096);
      if (!Texts.hasUtf16Bom(head) && Texts.looksBinary(head)) {
        throw new ImportException(
            file,
            "Cannot read "
                + name
                + ": it contains binary data, not GeoJSON text (is it a different kind of file"
                + " with a .geojson/.json name, or damaged?).");
      }
      try (InputStream in = Files.newInputStream(file);
          JsonParser p = MAPPER.createParser(in)) {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new ImportException(
              file, "Cannot read " + name + ": the file holds only white space, not GeoJSON.");
        }
        if (t != JsonToken.START_OBJECT) {
          throw new ImportException(
              file,
              "Cannot read "
                  + name
                  + ": it is JSON but not GeoJSON — GeoJSON starts with an object ('{'), this"
                  + " file starts with "
                  + describe(t)
                  + " at line 1.");
        }
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "type" -> type = p.getValueAsString();
            case "crs" -> crs = p.readValueAsTree();
            case "features" -> readFeatures(file, p, raw);
            case "geometry", "properties", "id", "coordinates", "geometries" ->
                bare.set(field, p.readValueAsTree());
            default -> p.skipChildren();
          }
        }
        if (p.nextToken() != null) {
          report.warn(
              "line " + p.currentTokenLocation().getLineNr(),
              "extra content after the end of the GeoJSON object was ignored");
        }
      }
    } catch (JsonProcessingException e) {
      throw new ImportException(file, jsonMessage(name, e), e);
    } catch (CharConversionException e) {
      throw new ImportException(
          file,
          "Cannot read "
              + name
              + ": it is not UTF-8 text as GeoJSON must be ("
              + e.getMessage()
              + "); is it binary or another kind of file?",
          e);
    } catch (IOException e) {
      throw new ImportException(file, "Cannot read " + name + ": " + Texts.reason(e) + ".", e);
    }

    List<VectorFeature> features;
    if ("FeatureCollection".equals(type)) {
      features = new ArrayList<>(raw.size());
      for (int i = 0; i < raw.size(); i++) {
        features.add(convert(i + 1, raw.get(i).line(), raw.get(i).node()));
      }
    } else if ("Feature".equals(type)) {
      bare.put("type", "Feature");
      features = List.of(convert(1, 1, bare));
    } else if (type != null && GEOMETRY_TYPES.contains(type)) {
      bare.put("type", type);
      ObjectNode f = JsonNodeFactory.instance.objectNode();
      f.set("geometry", bare);
      features = List.of(convert(1, 1, f));
      report.info("", "the file is a bare " + type + " geometry with no attributes");
    } else {
      throw new ImportException(
          file,
          "Cannot read "
              + name
              + ": it is JSON but not GeoJSON — its top-level \"type\" is "
              + (type == null ? "missing" : "\"" + type + "\"")
              + " where GeoJSON has \"FeatureCollection\", \"Feature\" or a geometry type.");
    }
    report.count("features", features.size());

    Set<String> fields = new LinkedHashSet<>();
    for (VectorFeature f : features) {
      fields.addAll(f.properties().keySet());
    }
    CrsSupport.SourceCrs declared = crs == null ? null : parseCrs(crs, report);
    features =
        CrsSupport.toBng(file, features, declared, Crs.WGS84, "the file has no crs member", report);
    return new VectorData(file, "GeoJSON", Texts.baseName(file), new ArrayList<>(fields), features);
  }

  private static void readFeatures(Path file, JsonParser p, List<RawFeature> raw)
      throws IOException, ImportException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new ImportException(
          file,
          "Cannot read "
              + Texts.name(file)
              + ": its \"features\" member at line "
              + p.currentTokenLocation().getLineNr()
              + " is "
              + describe(p.currentToken())
              + ", not a list of features.");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int line = p.currentTokenLocation().getLineNr();
      raw.add(new RawFeature(line, p.readValueAsTree()));
    }
  }

  private static VectorFeature convert(int index, int line, JsonNode node) {
    String location = "feature " + index + " (line " + line + ")";
    Map<String, Object> props = new LinkedHashMap<>();
    if (!node.isObject()) {
      return new VectorFeature(index, location, null, props, "is not a JSON object");
    }
    JsonNode pn = node.get("properties");
    if (pn != null && pn.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = pn.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        props.put(e.getKey(), value(e.getValue()));
      }
    }
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !props.containsKey("id")) {
      props.put("id", value(id));
    }
    JsonNode gn = node.get("geometry");
    if (gn == null || gn.isNull()) {
      return new VectorFeature(index, location, null, props, "has no geometry (null)");
    }
    JsonNode coords = gn.get("coordinates");
    if (coords != null
        && coords.isArray()
        && coords.isEmpty()
        && GEOMETRY_TYPES.contains(gn.path("type").asText())) {
      return new VectorFeature(
          index, location, Crs.BNG_FACTORY.createGeometryCollection(), props, null);
    }
    try {
      org.wololo.geojson.Geometry g = MAPPER.treeToValue(gn, org.wololo.geojson.Geometry.class);
      if (g == null) {
        return new VectorFeature(index, location, null, props, "has no geometry (null)");
      }
      Geometry geom = new GeoJSONReader().read(g, Crs.BNG_FACTORY);
      return new VectorFeature(index, location, geom, props, null);
    } catch (InvalidTypeIdException e) {
      String t = gn.path("type").asText("");
      return new VectorFeature(
          index,
          location,
          null,
          props,
          t.isEmpty()
              ? "has a geometry without a \"type\""
              : "has an unknown geometry type \"" + t + "\"");
    } catch (InvalidFormatException e) {
      return new VectorFeature(
          index,
          location,
          null,
          props,
          "has malformed geometry coordinates ("
              + Texts.quote(String.valueOf(e.getValue()))
              + " is not a number)");
    } catch (JsonProcessingException e) {
      return new VectorFeature(
          index,
          location,
          null,
          props,
          "has malformed geometry coordinates (" + shortMessage(e.getOriginalMessage()) + ")");
    } catch (IndexOutOfBoundsException | NullPointerException e) {
      return new VectorFeature(
          index,
          location,
          null,
          props,
          "has malformed geometry coordinates (missing or empty coordinate arrays)");
    } catch (RuntimeException e) {
      return new VectorFeature(
          index,
          location,
          null,
          props,
          "has malformed geometry coordinates ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ")");
    }
  }

  private static Object value(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isNumber()) {
      return v.numberValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    return v.toString();
  }

  private static CrsSupport.SourceCrs parseCrs(JsonNode crs, ImportReport report) {
    String type = crs.path("type").asText("");
    JsonNode props = crs.path("properties");
    String name = null;
    if ("name".equalsIgnoreCase(type)) {
      name = props.path("name").asText(null);
    } else if ("EPSG".equalsIgnoreCase(type) && props.has("code")) {
      name = "EPSG:" + props.path("code").asText();
    } else if (crs.isTextual()) {
      name = crs.asText();
    }
    String epsg = CrsSupport.parseName(name);
    if (epsg == null) {
      report.warn(
          "",
          "the crs member "
              + (name == null ? crs.toString() : "'" + name + "'")
              + " is not a CRS name Wardflow understands; the CRS is detected from the"
              + " coordinates instead");
      return null;
    }
    if (!CrsTransform.isKnown(epsg)) {
      report.warn(
          "",
          "the crs member names "
              + epsg
              + ", which is not in the EPSG database; the CRS is detected from the coordinates"
              + " instead");
      return null;
    }
    return new CrsSupport.SourceCrs(epsg, null, "the file's crs member '" + name + "'");
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "a list ('[')";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
    };
  }

  private static String jsonMessage(String name, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    String where =
        loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    if (e instanceof JsonEOFException) {
      String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String inside =
          m.contains("for Array")
              ? " inside an unfinished list ('[' without ']')"
              : m.contains("for Object") ? " inside an unfinished object ('{' without '}')" : "";
      return "Cannot read "
          + name
          + ": the file ends unexpectedly"
          + where
          + inside
          + " — it looks truncated (cut off while copying or downloading?).";
    }
    return "Cannot read "
        + name
        + ": it is not valid JSON"
        + where
        + " ("
        + shortMessage(e.getOriginalMessage())
        + "). Check that the file is GeoJSON and not damaged.";
  }

  static String shortMessage(String m) {
    if (m == null) {
      return "no detail";
    }
    int cut = m.indexOf('\n');
    String s = cut >= 0 ? m.substring(0, cut) : m;
    for (String marker : new String[] {" at [Source", " (start marker", " (for "}) {
      int at = s.indexOf(marker);
      if (at >= 0) {
        s = s.substring(0, at);
      }
    }
    s = s.trim();
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }
}
