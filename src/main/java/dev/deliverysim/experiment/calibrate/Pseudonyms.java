package dev.deliverysim.experiment.calibrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a person's identity (a login, a name, an e-mail) into a stable pseudonym, so that names
 * and addresses never reach an output unless asked for: {@code author-} and the first 8 hex digits
 * of the SHA-256 of the lower-cased identity. The same person gets the same pseudonym in every run
 * and every format that spells them alike.
 */
public final class Pseudonyms {
  private final boolean keepNames;
  private final Map<String, String> known = new HashMap<>();

  public Pseudonyms(boolean keepNames) {
    this.keepNames = keepNames;
  }

  public String of(String identity) {
    if (keepNames || identity == null) {
      return identity == null ? "unknown" : identity;
    }
    return known.computeIfAbsent(identity, Pseudonyms::hash);
  }

  private static String hash(String identity) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(identity.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return "author-" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
