package dev.deliverysim.engine;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * Independent random streams for one replication, each named after the source of randomness it
 * serves ({@code arrivals/job}, {@code service/server/job}, ...).
 *
 * <p>A stream's state is a pure function of (master seed, replication index, stream name): the three
 * are hashed into a SplitMix64 generator whose first four outputs seed a xoshiro256++ generator.
 * So adding a stream, a station or a job class shifts no other stream's draws, and results never
 * depend on which thread ran a replication. Hashing is O(1), unlike jumping ahead.
 */
public final class RandomStreams {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final long masterSeed;
  private final int replication;

  public RandomStreams(long masterSeed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication index must be ≥ 0, was " + replication);
    }
    this.masterSeed = masterSeed;
    this.replication = replication;
  }

  public long masterSeed() {
    return masterSeed;
  }

  public int replication() {
    return replication;
  }

  /** A fresh generator for {@code name}; asking twice for one name gives two identical streams. */
  public RestorableUniformRandomProvider stream(StreamName name) {
    long key = mix(mix(masterSeed + GOLDEN_GAMMA * (replication + 1L)) ^ fnv1a64(name.text()));
    SplitMix64 expander = new SplitMix64(key);
    long[] state = {
      expander.nextLong(), expander.nextLong(), expander.nextLong(), expander.nextLong()
    };
    return new XoShiRo256PlusPlus(state);
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplitMix64 uses it. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** FNV-1a over the UTF-8 bytes: stable across JVMs, unlike identity or seeded hashes. */
  private static long fnv1a64(String name) {
    long hash = 0xCBF29CE484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= (b & 0xFF);
      hash *= 0x100000001B3L;
    }
    return hash;
  }
}
