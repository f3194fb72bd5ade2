package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a minimal image without fonts the JDK fails deep inside font lookup; a command must then say
 * in one sentence which packages to install and go on, not crash.
 */
class ChartsTest {
  @Test
  void aMachineWithoutFontsGetsOneSentenceNamingThePackagesAndTheFallback() throws IOException {
    StringWriter err = new StringWriter();
    List<String> drawn = Charts.draw(() -> {
      throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
    }, List.of("nothing drawn"), new PrintWriter(err, true));
    assertEquals(List.of("nothing drawn"), drawn);
    assertTrue(err.toString().startsWith("deliverysim: charts skipped: this machine has no fonts"), err.toString());
    assertTrue(err.toString().contains("apt-get install -y fontconfig fonts-dejavu-core"), err.toString());
    assertEquals(1, err.toString().lines().count(), "one line");
  }

  @Test
  void anyOtherFailureIsNotMistakenForMissingFonts() {
    StringWriter err = new StringWriter();
    assertThrows(IOException.class, () -> Charts.draw(() -> {
      throw new IOException("disk full");
    }, List.of(), new PrintWriter(err, true)));
    assertEquals("", err.toString());
    assertThrows(NullPointerException.class, () -> Charts.draw(() -> {
      throw new NullPointerException("a bug in our drawing code");
    }, List.of(), new PrintWriter(err, true)), "a bug of ours is not a missing font");
    assertEquals("", err.toString());
  }
}
