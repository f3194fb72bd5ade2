package dev.deliverysim.model;

/**
 * Drum-buffer-rope (Goldratt): the gate releases work into the network only while fewer than
 * {@code buffer} jobs it released are still to pass the drum — the slowest station, which sets the
 * pace. The work between the gate and the drum (the drum's buffer and what is on its way to it) is
 * then never more than {@code buffer}, however fast the gate could go.
 *
 * <p>A job is tied to the rope when the gate passes it on and untied when the drum passes it on, or
 * when it leaves the network or is lost without reaching the drum (so the rope never locks).
 *
 * @param gate the station that releases work (a station that rolls a die, the dice game's first player)
 * @param drum the station that sets the pace; downstream of the gate
 * @param buffer the most released jobs not yet past the drum, ≥ 1
 */
public record Rope(int gate, int drum, int buffer) {
  /** No rope: every station passes on what it can. */
  public static final Rope NONE = new Rope(-1, -1, 0);

  public Rope {
    boolean none = gate == -1 && drum == -1 && buffer == 0;
    if (!none && (gate < 0 || drum < 0 || gate == drum || buffer < 1)) {
      throw new IllegalArgumentException("a rope ties a gate to another station (the drum) with a buffer ≥ 1, was "
          + gate + " → " + drum + ", " + buffer);
    }
  }

  public boolean present() {
    return gate >= 0;
  }
}
