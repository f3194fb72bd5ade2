package dev.deliverysim.study;

import java.io.IOException;

/**
 * Draws a study's charts once its numbers are written. Charts need fonts: on a minimal image
 * without any, the JDK fails deep in font lookup, so that failure becomes one sentence naming the
 * packages to install, and the study still succeeds with its numeric results.
 */
final class ChartDrawing {
  static final String NO_FONTS = "charts skipped: this machine has no fonts for drawing them;"
      + " install them (Debian/Ubuntu: apt-get install -y fontconfig fonts-dejavu-core) and run again";

  private ChartDrawing() {}

  /** Something that draws charts and returns what it drew. */
  @FunctionalInterface
  interface Drawing<T> {
    T draw() throws IOException;
  }

  /** What {@code drawing} drew, or {@code none} after telling {@code listener} why this machine cannot. */
  static <T> T draw(Drawing<T> drawing, T none, StudyListener listener) throws IOException {
    try {
      return drawing.draw();
    } catch (InternalError | NullPointerException | java.awt.AWTError e) {
      // "Fontconfig head is null", "Probable fatal error: No fonts found": no fonts installed. A
      // NullPointerException counts only when thrown inside the JDK's font code: ours is a bug.
      if (e instanceof NullPointerException && !fromFontCode(e)) {
        throw e;
      }
      listener.notice("deliverysim: " + NO_FONTS + " (" + e.getMessage() + ")");
      return none;
    }
  }

  private static boolean fromFontCode(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("sun.font.") || type.startsWith("sun.awt.") || type.startsWith("java.awt.Font")) {
        return true;
      }
    }
    return false;
  }
}
