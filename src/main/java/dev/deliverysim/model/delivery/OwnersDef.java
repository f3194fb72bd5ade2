package dev.deliverysim.model.delivery;

/**
 * Code owners: a share of PRs needs its reviews from one team — the seniors who own the code —
 * whatever the assignment rule (Graphite: 22% of reviewers leave 80% of reviews; Faros 2026's
 * "senior engineer tax").
 *
 * @param team the owners' team, which has the review skill
 * @param share chance that a PR needs its reviews from an owner, in [0, 1]
 */
public record OwnersDef(String team, double share) {
  public static final OwnersDef NONE = new OwnersDef("", 0);

  public OwnersDef {
    if (team == null || !(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("owners need a team and a share in [0, 1]");
    }
  }

  public boolean any() {
    return share > 0;
  }
}
