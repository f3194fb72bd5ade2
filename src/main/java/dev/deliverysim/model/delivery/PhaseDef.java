package dev.deliverysim.model.delivery;

/**
 * From {@code at} hours on, the organisation works as {@code def} says: a hire's effect, a remedy
 * switched on, a new norm. A phase changes numbers and distributions, never the organisation's
 * shape (teams, stages, how review is organised, cadence): {@link DeliveryShape} checks that.
 */
public record PhaseDef(double at, DeliveryDef def) {
  public PhaseDef {
    if (!(at >= 0) || Double.isInfinite(at) || def == null) {
      throw new IllegalArgumentException("a phase needs a finite start ≥ 0 and a definition, received: " + at);
    }
  }
}
