package org.wardflow.ui.layers;

import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.style.ChoroplethSettings;
import org.wardflow.ui.style.FlowSettings;
import org.wardflow.ui.style.SchoolSizing;

/**
 * Everything the thematic map is computed from, as an immutable snapshot taken on the FX thread.
 * Holds published tables only.
 *
 * @param geography wards and schools
 * @param cyp the published CYP table (choropleth, school sizes, summaries), or null
 * @param flows the published table the flow lines come from (may be {@code cyp}), or null
 * @param children children per ward for rates, or null
 * @param choropleth choropleth settings
 * @param flowSettings flow settings
 * @param sizing what school symbols are sized by
 * @param labels whether labels are drawn
 * @param selection the selected ward or school, or null
 */
public record ThematicInput(
    Geography geography,
    PublishedTable cyp,
    PublishedTable flows,
    WardIndicator children,
    ChoroplethSettings choropleth,
    FlowSettings flowSettings,
    SchoolSizing sizing,
    boolean labels,
    MapTarget selection) {}
