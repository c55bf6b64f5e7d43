package org.wardflow.io.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportResult;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * Whatever mix of good and bad rows a file has, every row and every person is accounted for: rows
 * read = kept + skipped, people read = kept + skipped, the table holds exactly the people kept, and
 * the people of the skip findings add up to the people skipped.
 */
class ImportAccountingPropertyTest {
  private static final List<String> WARDS =
      List.of("E05000001", "E05000002", "E05000003", "E05000004", "E05099999", "", "E01000001");
  private static final List<String> URNS = List.of("100001", "100002", "100003", "100004", "9", "");
  private static final List<String> COUNTS =
      List.of("0", "1", "3", "12", "-2", "2.5", "", "*", "x7", "4.0");

  @Provide
  Arbitrary<List<String>> rows() {
    Arbitrary<String> row =
        Arbitraries.of(WARDS)
            .flatMap(
                w ->
                    Arbitraries.of(URNS)
                        .flatMap(u -> Arbitraries.of(COUNTS).map(c -> w + "," + u + "," + c)));
    return row.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 60)
  void everyRowAndPersonIsAccountedFor(@ForAll("rows") List<String> rows) throws Exception {
    Path f = Files.createTempFile("flows", ".csv");
    try {
      Files.writeString(
          f,
          "ward_code,school_urn,count\n" + String.join("\n", rows) + "\n",
          StandardCharsets.UTF_8);
      ImportResult<FlowTable> r =
          FlowCsvReader.readAggregated(
              f, TinyGeography.wards(), TinyGeography.schools(), FlowImportOptions.DEFAULT);
      ImportReport rep = r.report();
      assertEquals(rows.size(), rep.countOf("rows read"));
      assertEquals(
          rep.countOf("rows read"), rep.countOf("rows kept") + rep.countOf("rows skipped"));
      assertEquals(
          rep.countOf("people read"), rep.countOf("people kept") + rep.countOf("people skipped"));
      long tableTotal = r.ok() ? r.value().matrix(FlowFilter.ALL).total() : 0;
      assertEquals(rep.countOf("people kept"), tableTotal);
      long skippedByFindings = 0;
      long rowsByFindings = 0;
      for (Issue i : rep.issues()) {
        if (i.message().matches("(?s).*— \\d+ rows? skipped \\(.*\\)\\.$")) {
          rowsByFindings += rowsOf(i.message());
          skippedByFindings += Math.max(0, i.people());
        }
      }
      assertEquals(rep.countOf("rows skipped"), rowsByFindings, rep.format());
      assertEquals(rep.countOf("people skipped"), skippedByFindings, rep.format());
    } finally {
      Files.deleteIfExists(f);
    }
  }

  private static long rowsOf(String message) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("— (\\d+) rows? skipped \\(").matcher(message);
    long last = 0;
    while (m.find()) {
      last = Long.parseLong(m.group(1));
    }
    return last;
  }
}
