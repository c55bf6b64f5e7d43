package org.wardflow.io.flows;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * Writes a <strong>synthetic</strong> flow table as an aggregated CSV with the header {@code
 * ward_code,school_urn,count} (summed over periods, age bands and groups), rows sorted by ward code
 * then URN, {@code \n} line ends — so the same table always gives the same bytes.
 *
 * <p>Only tables marked {@link org.wardflow.model.DatasetInfo#synthetic() synthetic} are accepted:
 * a real table may leave Wardflow only through the disclosure gate, never as raw counts. Pair the
 * CSV with a {@link FlowManifest} so it stays labelled SYNTHETIC when read back.
 */
public final class FlowCsvWriter {
  /** The header written. */
  public static final String HEADER = "ward_code,school_urn,count";

  private FlowCsvWriter() {}

  /**
   * Writes the table (atomically: a temporary file then a rename).
   *
   * @param table a synthetic table
   * @param file where to write
   * @return the number of data rows written (non-zero cells)
   * @throws IllegalArgumentException when the table is not synthetic
   * @throws IOException when writing fails
   */
  public static int write(FlowTable table, Path file) throws IOException {
    if (!table.info().synthetic()) {
      throw new IllegalArgumentException(
          "refusing to write raw counts of a non-synthetic table ("
              + table.info().title()
              + "): publish it through the disclosure gate instead");
    }
    CountMatrix m = table.matrix(FlowFilter.ALL);
    record Row(String ward, String urn, int count) {}
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < m.rows(); r++) {
      for (int i = m.rowStart(r); i < m.rowEnd(r); i++) {
        if (m.value(i) > 0) {
          rows.add(new Row(m.wardCodes().get(r), m.schoolUrns().get(m.column(i)), m.value(i)));
        }
      }
    }
    rows.sort(Comparator.comparing(Row::ward).thenComparing(Row::urn));
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
    try {
      CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter p = new CSVPrinter(w, fmt)) {
        p.printRecord("ward_code", "school_urn", "count");
        for (Row row : rows) {
          p.printRecord(row.ward(), row.urn(), row.count());
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return rows.size();
  }
}
