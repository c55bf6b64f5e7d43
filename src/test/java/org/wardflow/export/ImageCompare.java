package org.wardflow.export;

import java.awt.image.BufferedImage;

/**
 * A tolerant image comparison for golden-image tests: two pixels "differ" when any colour channel
 * differs by more than {@code channelTolerance}; the images match when they have the same size and
 * at most {@code maxFraction} of the pixels differ. Tolerant of font hinting and antialiasing
 * noise, not of a moved or missing element.
 */
final class ImageCompare {
  /** The outcome of a comparison. */
  record Result(boolean sameSize, long differing, long total, int maxChannelDifference) {
    double fraction() {
      return total == 0 ? 0 : (double) differing / total;
    }

    boolean matches(double maxFraction) {
      return sameSize && fraction() <= maxFraction;
    }

    @Override
    public String toString() {
      return sameSize
          ? String.format(
              "%d of %d pixels differ (%.3f %%), largest channel difference %d",
              differing, total, 100 * fraction(), maxChannelDifference)
          : "images differ in size";
    }
  }

  private ImageCompare() {}

  static Result compare(BufferedImage a, BufferedImage b, int channelTolerance) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return new Result(false, Long.MAX_VALUE, 0, 255);
    }
    long diff = 0;
    int max = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        int d = 0;
        for (int s = 0; s <= 16; s += 8) {
          d = Math.max(d, Math.abs(((p >> s) & 0xFF) - ((q >> s) & 0xFF)));
        }
        max = Math.max(max, d);
        if (d > channelTolerance) {
          diff++;
        }
      }
    }
    return new Result(true, diff, (long) a.getWidth() * a.getHeight(), max);
  }
}
