package dev.deliverysim.scenario.delivery;

import static dev.deliverysim.scenario.delivery.DeliveryCompiler.child;
import static dev.deliverysim.scenario.delivery.DeliveryCompiler.orDefault;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.model.delivery.AiDef;
import dev.deliverysim.model.delivery.AiReviewDef;
import dev.deliverysim.model.delivery.SidePrsDef;
import dev.deliverysim.scenario.tree.Spelling;
import java.util.List;

/**
 * The {@code ai} section of a delivery scenario: adoption and its multipliers, pre-review, the
 * ramp, how reviewers treat AI PRs and the side PRs an assistant makes. Problems go to the
 * {@link DeliveryCompiler}, at their paths.
 */
final class AiSection {
  private final DeliveryCompiler compiler;

  AiSection(DeliveryCompiler compiler) {
    this.compiler = compiler;
  }

  AiDef ai(AiSpec spec, List<String> gateNames, String path) {
    if (spec == null) {
      return AiDef.NONE;
    }
    int before = compiler.failures();
    double adoption = compiler.probability(spec.adoption(), 0, child(path, "adoption"));
    double coding = compiler.multiplier(spec.codingEffort(), child(path, "coding_effort"));
    double size = compiler.multiplier(spec.prSize(), child(path, "pr_size"));
    // Zero defects on assisted tasks is a question worth asking, so only this one may be 0.
    double defects = orDefault(spec.defectInjection(), 1);
    compiler.expect(defects >= 0, child(path, "defect_injection"), "a multiplier ≥ 0", defects);
    double reviewing = compiler.multiplier(spec.reviewEffort(), child(path, "review_effort"));
    PreReviewSpec pre = spec.preReview() != null ? spec.preReview() : new PreReviewSpec(null, null);
    String prePath = child(path, "pre_review");
    double preDetection = compiler.probability(pre.detection(), 0, child(prePath, "detection"));
    double saved = orDefault(pre.effortSaved(), 0);
    compiler.expect(saved >= 0 && saved < 1, child(prePath, "effort_saved"), "a share ≥ 0 and < 1", saved);
    double rampHours = spec.ramp() != null ? spec.ramp().duration().hours() : 0;
    boolean dipGiven = spec.ramp() != null && spec.ramp().learningDip() != null;
    double dip = dipGiven ? spec.ramp().learningDip() : coding;
    if (dipGiven) {
      compiler.expect(dip > 0, child(child(path, "ramp"), "learning_dip"), "a multiplier > 0", dip);
    }
    double learningHours = spec.ramp() != null && spec.ramp().learning() != null
        ? spec.ramp().learning().hours() : rampHours;
    Distribution pickupDelay = spec.pickupDelay() != null ? compiler.law(spec.pickupDelay(), child(path, "pickup_delay"))
        : new Fixed(0);
    double changeRequests = orDefault(spec.changeRequests(), 0);
    compiler.expect(changeRequests >= 0 && changeRequests < 1, child(path, "change_requests"), "a probability ≥ 0 and < 1",
        changeRequests);
    double closeUnmerged = orDefault(spec.closeUnmerged(), 0);
    compiler.expect(closeUnmerged >= 0 && closeUnmerged < 1, child(path, "close_unmerged"), "a probability ≥ 0 and < 1",
        closeUnmerged);
    double redo = orDefault(spec.redoEffort(), 1);
    compiler.expect(redo >= 0, child(path, "redo_effort"), "a multiplier ≥ 0", redo);
    SidePrsDef side = sidePrs(spec.sidePrs(), gateNames, child(path, "side_prs"));
    return compiler.failures() > before || pickupDelay == null ? null
        : compiler.build(path, () -> new AiDef(adoption, coding, size, defects, reviewing, preDetection, saved,
            rampHours, dip, learningHours, new AiReviewDef(pickupDelay, changeRequests, closeUnmerged, redo), side));
  }

  /** None when absent. */
  private SidePrsDef sidePrs(SidePrsSpec spec, List<String> gateNames, String path) {
    if (spec == null) {
      return SidePrsDef.NONE;
    }
    Distribution perTask = new WorkSection(compiler).count(spec.perTask(), child(path, "per_task"), "side PRs per task");
    Distribution effort = compiler.law(spec.effort(), child(path, "effort"));
    boolean reviewed = spec.reviewed() == null || spec.reviewed();
    List<String> skip = spec.skipGates() == null ? List.of() : spec.skipGates();
    boolean known = true;
    for (int i = 0; i < skip.size(); i++) {
      if (!gateNames.contains(skip.get(i))) {
        String hint = Spelling.hint(skip.get(i), gateNames);
        compiler.error(path + ".skip_gates[" + i + "]", "unknown gate '" + skip.get(i) + "'" + hint
            + (gateNames.isEmpty() ? "; there are no gates" : "; gates are: " + dev.deliverysim.scenario.tree.Names.listed(gateNames)));
        known = false;
      }
    }
    return perTask == null || effort == null || !known ? null
        : new SidePrsDef(perTask, effort, reviewed, new java.util.HashSet<>(skip));
  }
}
