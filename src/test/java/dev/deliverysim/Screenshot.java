package dev.deliverysim;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/**
 * What a browser's screenshot of a page holds, sampled every second pixel each way: how much of
 * it is drawn on (not white) and how many colours — the browser tests' check that a page is not
 * blank.
 */
public record Screenshot(long inked, long sampled, int colours) {
  public static Screenshot of(BufferedImage image) {
    long inked = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        inked += rgb != 0xFFFFFF ? 1 : 0;
      }
    }
    return new Screenshot(inked, (long) (image.getWidth() / 2) * (image.getHeight() / 2), colours.size());
  }
}
