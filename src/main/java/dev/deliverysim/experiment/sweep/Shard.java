package dev.deliverysim.experiment.sweep;

/**
 * Which share of a sweep's points one process runs: shard {@code index} of {@code count} (1-based)
 * takes the points whose number modulo {@code count} is {@code index − 1}. Round-robin rather than
 * blocks, so neighbouring points (often similar in cost) spread across shards.
 */
public record Shard(int index, int count) {
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "expected a shard i/n with 1 ≤ i ≤ n, received: " + index + "/" + count);
    }
  }

  /** Parses {@code i/n}. */
  public static Shard parse(String text) {
    String[] parts = text.trim().split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected a shard i/n (e.g. 3/8), received: \"" + text + "\"");
    }
    try {
      return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a shard i/n (e.g. 3/8), received: \"" + text + "\"");
    }
  }

  public boolean contains(int point) {
    return point % count == index - 1;
  }

  public boolean isWhole() {
    return count == 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
