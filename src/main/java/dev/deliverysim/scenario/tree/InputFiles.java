package dev.deliverysim.scenario.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every file a user names (scenarios, bases, histories): regular files only, and no more
 * than a limit. A device ({@code /dev/zero}) would be read until memory runs out, a FIFO would
 * block forever, so neither is opened; a file larger than any real input is refused by its size.
 */
public final class InputFiles {
  /** 4 MiB: a scenario of ten thousand stations is under 1 MiB. */
  public static final long MAX_SCENARIO_BYTES = 4L << 20;
  /** 64 MiB: a history of one completion date a line holds millions of items. */
  public static final long MAX_DATA_BYTES = 64L << 20;

  private InputFiles() {}

  /** Why an input file cannot be read, in words for the user (no stack trace, no file content). */
  public static final class UnreadableException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableException(String reason) {
      super(reason);
    }
  }

  /** The bytes of {@code file}, checked to be a regular file of at most {@code maxBytes}. */
  public static byte[] readBytes(Path file, long maxBytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw new UnreadableException("it is a directory");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new UnreadableException("it is not a regular file (a device, a pipe or a socket)");
    }
    if (Files.exists(file) && Files.size(file) > maxBytes) {
      throw new UnreadableException("it is larger than " + (maxBytes >> 20) + " MiB, the most an input may be");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) maxBytes + 1); // the file may grow after the size check
      if (bytes.length > maxBytes) {
        throw new UnreadableException("it is larger than " + (maxBytes >> 20) + " MiB, the most an input may be");
      }
      return bytes;
    }
  }

  /** The text of {@code file}, strict UTF-8 (a malformed byte is a {@code CharacterCodingException}). */
  public static String readText(Path file, long maxBytes) throws IOException {
    byte[] bytes = readBytes(file, maxBytes);
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }
}
