package org.wardflow.disclosure;

/**
 * A finished suppression pattern: which cells and totals are hidden and why, with the audit
 * outcome. Independent of rounding, so one pattern serves every rounding base. Internal to the gate
 * (it is derived from raw counts).
 */
final class Pattern {
  final byte[] cs;
  final byte[] rs;
  final byte[] ks;
  final byte gs;
  final int protectionLevel;
  final AuditReport audit;
  final PublishTimings timings;
  final PublishTimings cpuTimings;
  private final long peopleHidden;
  private final int primaryCells;
  private final int secondaryCells;
  private final int zeroHidden;
  private final int primaryTotals;
  private final int secondaryTotals;
  private final int wardsAffected;
  private final int schoolsAffected;

  Pattern(Suppressor s, PreparedTable t, DisclosurePolicy policy) {
    this.cs = s.cs;
    this.rs = s.rs;
    this.ks = s.ks;
    this.gs = s.gs;
    this.protectionLevel = policy.protectionLevel();
    this.timings = s.timings;
    this.cpuTimings = s.cpuTimings;
    long people = 0;
    int prim = 0;
    int sec = 0;
    int zero = 0;
    boolean[] wardHit = new boolean[t.rows];
    boolean[] schoolHit = new boolean[t.cols];
    for (int i = 0; i < t.cells; i++) {
      byte st = cs[i];
      if (st == Suppressor.PRIM || st == Suppressor.SEC) {
        people += t.val[i];
        wardHit[t.cellRow[i]] = true;
        schoolHit[t.col[i]] = true;
        if (st == Suppressor.PRIM) {
          prim++;
        } else {
          sec++;
        }
      } else if (st == Suppressor.NOTPUB) {
        zero++;
      }
    }
    int pt = 0;
    int stt = 0;
    int protectedTotals = 0;
    for (int r = 0; r < t.rows; r++) {
      if (rs[r] == Suppressor.PRIM) {
        pt++;
        wardHit[r] = true;
      } else if (rs[r] == Suppressor.SEC) {
        stt++;
        wardHit[r] = true;
      }
      protectedTotals += s.rowProt[r] ? 1 : 0;
    }
    for (int c = 0; c < t.cols; c++) {
      if (ks[c] == Suppressor.PRIM) {
        pt++;
        schoolHit[c] = true;
      } else if (ks[c] == Suppressor.SEC) {
        stt++;
        schoolHit[c] = true;
      }
      protectedTotals += s.colProt[c] ? 1 : 0;
    }
    if (gs == Suppressor.PRIM) {
      pt++;
    } else if (gs == Suppressor.SEC) {
      stt++;
    }
    protectedTotals += s.grandProt ? 1 : 0;
    this.peopleHidden = people;
    this.primaryCells = prim;
    this.secondaryCells = sec;
    this.zeroHidden = zero;
    this.primaryTotals = pt;
    this.secondaryTotals = stt;
    this.wardsAffected = count(wardHit);
    this.schoolsAffected = count(schoolHit);
    int protectedQuantities = prim + sec + protectedTotals;
    AuditReport.Status status =
        protectedQuantities == 0 ? AuditReport.Status.NOT_NEEDED : AuditReport.Status.PASSED;
    this.audit =
        new AuditReport(
            status,
            protectionLevel,
            protectedQuantities,
            s.checked,
            s.reused,
            s.repairs,
            0,
            "exact feasible intervals by maximum flow on the unrounded published table");
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      n += x ? 1 : 0;
    }
    return n;
  }

  private static byte status(byte st) {
    return (byte)
        switch (st) {
          case Suppressor.PRIM -> CellStatus.SUPPRESSED_PRIMARY.ordinal();
          case Suppressor.SEC -> CellStatus.SUPPRESSED_SECONDARY.ordinal();
          case Suppressor.NOTPUB -> CellStatus.NOT_PUBLISHED.ordinal();
          default -> CellStatus.PUBLISHED.ordinal();
        };
  }

  private static PublishedValue total(byte st, long v, DisclosurePolicy policy) {
    if (st == Suppressor.PUB) {
      return PublishedValue.published((int) Math.min(Integer.MAX_VALUE, policy.round(v)));
    }
    return PublishedValue.hidden(CellStatus.values()[status(st)]);
  }

  PublishedTable toPublished(PreparedTable t, DisclosurePolicy policy) {
    byte[] status = new byte[t.cells];
    int[] value = new int[t.cells];
    for (int i = 0; i < t.cells; i++) {
      status[i] = status(cs[i]);
      if (cs[i] == Suppressor.PUB) {
        value[i] = (int) policy.round(t.val[i]);
      }
    }
    PublishedValue[] wt = new PublishedValue[t.rows];
    for (int r = 0; r < t.rows; r++) {
      wt[r] = total(rs[r], t.rowTotal[r], policy);
    }
    PublishedValue[] st = new PublishedValue[t.cols];
    for (int c = 0; c < t.cols; c++) {
      st[c] = total(ks[c], t.colTotal[c], policy);
    }
    PublishedValue g = total(gs, t.grandTotal, policy);
    Object[] people = PublicationSummary.roundPeople(peopleHidden, policy.roundingBase());
    PublicationSummary summary =
        new PublicationSummary(
            t.cells,
            t.cells - primaryCells - secondaryCells - zeroHidden,
            primaryCells,
            secondaryCells,
            zeroHidden,
            primaryTotals,
            secondaryTotals,
            (Integer) people[0],
            (String) people[1],
            wardsAffected,
            schoolsAffected,
            audit);
    return new PublishedTable(
        t.info,
        policy,
        t.filter,
        t.wardCodes,
        t.schoolUrns,
        t.rowStart,
        t.col,
        t.cellRow,
        status,
        value,
        wt,
        st,
        g,
        summary);
  }
}
