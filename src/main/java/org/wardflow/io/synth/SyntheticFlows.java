package org.wardflow.io.synth;

import org.wardflow.io.ImportReport;
import org.wardflow.model.FlowTable;
import org.wardflow.model.WardIndicator;

/**
 * The output of the synthetic flow generator; every part is labelled SYNTHETIC.
 *
 * @param pupils all pupils by home ward × school (gravity model, integer, totals kept); age band
 *     {@code 4-10} (primary) or {@code 11-18} (secondary), group {@code all pupils}
 * @param cyp children and young people 'involved in violence' drawn from {@code pupils}; group
 *     {@code involved in violence}
 * @param trueRate the ward rate per 1,000 secondary-age pupils used to draw {@code cyp} (the
 *     "truth" that analyses can be checked against)
 * @param children the children per ward the model used (given, or assumed — see the report)
 * @param parameters the parameters used
 * @param report what was assumed and how the balancing went
 */
public record SyntheticFlows(
    FlowTable pupils,
    FlowTable cyp,
    WardIndicator trueRate,
    WardIndicator children,
    SyntheticParameters parameters,
    ImportReport report) {}
