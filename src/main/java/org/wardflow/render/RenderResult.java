package org.wardflow.render;

/**
 * What one render call did — for the status bar, tests and benchmarks.
 *
 * @param completed false when the render was cancelled part-way (the image is then incomplete)
 * @param rasterFastPath whether the raster fast paths were used
 * @param scaleBand the generalisation band used (floor(log2(metres per pixel)))
 * @param wardsDrawn wards whose envelope met the viewport and were drawn
 * @param schoolsDrawn school symbols drawn
 * @param flowsDrawn published flows drawn at full strength
 * @param fadedFlowsDrawn flows drawn faded by the display filters
 * @param hiddenFlowsDrawn hidden (suppressed) flows drawn dashed
 * @param flowsUnplaced flows whose ward or school is unknown to the geography or has no location
 * @param labelsPlaced labels drawn
 * @param labelsSkipped label candidates skipped because they collided or did not fit
 * @param nanos time taken
 */
public record RenderResult(
    boolean completed,
    boolean rasterFastPath,
    int scaleBand,
    int wardsDrawn,
    int schoolsDrawn,
    int flowsDrawn,
    int fadedFlowsDrawn,
    int hiddenFlowsDrawn,
    int flowsUnplaced,
    int labelsPlaced,
    int labelsSkipped,
    long nanos) {

  /** Time taken in milliseconds. */
  public double millis() {
    return nanos / 1e6;
  }
}
