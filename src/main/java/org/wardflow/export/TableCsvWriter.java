package org.wardflow.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link ReportTable} as CSV that spreadsheet programs open cleanly: UTF-8 with a byte
 * order mark (so Excel reads "–" and "→" correctly), CRLF line ends, RFC 4180 quoting, the heading
 * row, and the table's values exactly as published — numbers, {@code [c]} for suppressed and {@code
 * –} for not published. A cell that would start a spreadsheet formula ({@code = + - @}, tab or
 * carriage return, other than a plain number) is prefixed with an apostrophe, so opening the file
 * never runs anything. With {@code notes}, the table's notes follow after an empty line, so the
 * caveat and the meaning of {@code [c]} travel with the figures.
 */
public final class TableCsvWriter {
  private TableCsvWriter() {}

  /**
   * Writes the table (replacing the file; whole or not at all).
   *
   * @param table the published figures
   * @param out the file
   * @param notes whether to append the notes (caveat, what "[c]" means) below the rows
   * @throws IOException when the file cannot be written (the message names it)
   */
  public static void write(ReportTable table, Path out, boolean notes) throws IOException {
    AtomicFiles.write(
        out,
        os -> {
          os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
          CSVPrinter p =
              new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
          List<String> head = new ArrayList<>();
          for (ReportTable.Column c : table.columns()) {
            head.add(safe(c.header()));
          }
          p.printRecord(head);
          for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (String s : row) {
              cells.add(safe(s));
            }
            p.printRecord(cells);
          }
          if (notes && !table.notes().isEmpty()) {
            p.println();
            for (String n : table.notes()) {
              p.printRecord(safe(n));
            }
          }
          p.flush();
          w.flush();
        });
  }

  /** Neutralises text a spreadsheet would take for a formula; plain numbers stay numbers. */
  static String safe(String s) {
    if (s.isEmpty()) {
      return s;
    }
    if (s.matches("-?\\d+(\\.\\d+)?")) {
      return s;
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }
}
