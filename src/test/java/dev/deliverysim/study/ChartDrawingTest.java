package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a minimal image without fonts the JDK fails deep inside font lookup; a study must then say
 * in one sentence which packages to install and go on, not crash.
 */
class ChartDrawingTest {
  /** Hears notices, as the command line prints them. */
  private static final class Notices implements StudyListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void progress(long done, long total) {}

    @Override
    public void notice(String message) {
      lines.add(message);
    }

    String text() {
      return String.join("\n", lines);
    }
  }

  @Test
  void aMachineWithoutFontsGetsOneSentenceNamingThePackagesAndTheFallback() throws IOException {
    Notices err = new Notices();
    List<String> drawn = ChartDrawing.draw(() -> {
      throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
    }, List.of("nothing drawn"), err);
    assertEquals(List.of("nothing drawn"), drawn);
    assertTrue(err.text().startsWith("deliverysim: charts skipped: this machine has no fonts"), err.text());
    assertTrue(err.text().contains("apt-get install -y fontconfig fonts-dejavu-core"), err.text());
    assertEquals(1, err.text().lines().count(), "one line");
  }

  @Test
  void anyOtherFailureIsNotMistakenForMissingFonts() {
    Notices err = new Notices();
    assertThrows(IOException.class, () -> ChartDrawing.draw(() -> {
      throw new IOException("disk full");
    }, List.of(), err));
    assertEquals("", err.text());
    assertThrows(NullPointerException.class, () -> ChartDrawing.draw(() -> {
      throw new NullPointerException("a bug in our drawing code");
    }, List.of(), err), "a bug of ours is not a missing font");
    assertEquals("", err.text());
  }
}
