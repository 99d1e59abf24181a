package dev.optixgql.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What per-token state is keyed by instead of the token: the first 128 bits of its SHA-256, so a
 * heap dump of a client serving thousands of organizations holds no token in its maps.
 */
public final class Fingerprint {
  private static final HexFormat HEX = HexFormat.of();

  /** One digest per thread: looking the algorithm up costs more than hashing a token. */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is required by every JDK", e);
            }
          });

  private Fingerprint() {}

  /** The fingerprint of {@code token}: 32 hexadecimal digits. */
  public static String of(String token) {
    byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, 16);
  }
}
