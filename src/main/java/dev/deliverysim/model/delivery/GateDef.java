package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;

/**
 * A check after review: automated (CI, served by a number of machines) or by people with the
 * TEST skill (QA). It finds each remaining defect with a probability; found defects go back to the
 * author, and the fixed PR comes back to this gate.
 *
 * @param machines runners serving an automated gate; 0 for a gate served by testers
 * @param duration time (machine) or focused effort (tester) of one pass
 * @param flakiness chance that an automated pass fails for no reason and has to run again
 */
public record GateDef(String name, int machines, Distribution duration, double detection, double flakiness) {
  public GateDef {
    if (name == null || name.isBlank() || duration == null) {
      throw new IllegalArgumentException("a gate needs a name and a duration");
    }
    if (machines < 0) {
      throw new IllegalArgumentException("machines must be ≥ 0, was " + machines);
    }
    if (!(detection >= 0 && detection <= 1) || !(flakiness >= 0 && flakiness < 1)) {
      throw new IllegalArgumentException("detection must lie in [0, 1] and flakiness in [0, 1)");
    }
    if (machines == 0 && flakiness > 0) {
      throw new IllegalArgumentException("only an automated gate (machines ≥ 1) can be flaky");
    }
  }

  public boolean automated() {
    return machines > 0;
  }
}
