package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.StreamName;
import java.util.ArrayList;
import java.util.List;

/**
 * Every random stream of the delivery model, named in one place. A gate's own stream carries the
 * gate's name; one that would spell a fixed name here is marked by {@link StreamName#named}.
 */
final class DeliveryStreams {
  static final StreamName FEATURE_ARRIVALS = StreamName.of("arrivals", "features");
  static final StreamName DETECTION = StreamName.of("quality", "detection");
  static final StreamName FLAKINESS = StreamName.of("gates", "flakiness");
  static final StreamName TASKS_PER_FEATURE = StreamName.of("work", "tasks-per-feature");
  static final StreamName EFFORT = StreamName.of("work", "effort");
  static final StreamName AI_ASSISTED = StreamName.of("work", "ai-assisted");
  static final StreamName DEFECTS = StreamName.of("work", "defects");
  static final StreamName CONFLICT_OCCURRENCE = StreamName.of("conflicts", "occurrence");
  static final StreamName CONFLICT_RESOLVE = StreamName.of("conflicts", "resolve");
  static final StreamName INCIDENT_OCCURRENCE = StreamName.of("incidents", "occurrence");
  static final StreamName INCIDENT_SURFACING = StreamName.of("incidents", "surfacing");
  static final StreamName INCIDENT_RESTORE = StreamName.of("incidents", "restore");
  static final StreamName REVIEW_ASSIGNMENT = StreamName.of("review", "assignment");
  static final StreamName REVIEW_SESSIONS = StreamName.of("review", "sessions");
  static final StreamName AI_PICKUP_DELAY = StreamName.of("ai", "pickup-delay");
  static final StreamName AI_CHANGE_REQUESTS = StreamName.of("ai", "change-requests");
  static final StreamName AI_CLOSED_UNMERGED = StreamName.of("ai", "closed-unmerged");
  static final StreamName PRS_PER_TASK = StreamName.of("work", "prs-per-task");
  static final StreamName SIDE_PRS = StreamName.of("ai", "side-prs");
  static final StreamName SIDE_PR_EFFORT = StreamName.of("ai", "side-pr-effort");
  static final StreamName CHORE_EFFORT = StreamName.of("work", "chore-effort");
  static final StreamName CHORE_AI_ASSISTED = StreamName.of("work", "chore-ai-assisted");
  static final StreamName CHORE_DEFECTS = StreamName.of("work", "chore-defects");
  static final StreamName REVIEW_OWNERS = StreamName.of("review", "owners");
  static final List<StreamName> FIXED = List.of(FEATURE_ARRIVALS, DETECTION, FLAKINESS, TASKS_PER_FEATURE,
      EFFORT, AI_ASSISTED, DEFECTS, CONFLICT_OCCURRENCE, CONFLICT_RESOLVE, INCIDENT_OCCURRENCE,
      INCIDENT_SURFACING, INCIDENT_RESTORE, REVIEW_ASSIGNMENT, REVIEW_SESSIONS, AI_PICKUP_DELAY, AI_CHANGE_REQUESTS,
      AI_CLOSED_UNMERGED, PRS_PER_TASK, SIDE_PRS, SIDE_PR_EFFORT, CHORE_EFFORT, CHORE_AI_ASSISTED, CHORE_DEFECTS,
      REVIEW_OWNERS);

  private DeliveryStreams() {}

  /** The durations of gate {@code name}'s passes. */
  static StreamName gate(String name) {
    return StreamName.of("gates").named(name, FIXED);
  }

  /** Every stream an organisation draws from. */
  static List<StreamName> of(DeliveryDef def) {
    List<StreamName> all = new ArrayList<>(FIXED);
    def.gates().forEach(g -> all.add(gate(g.name())));
    return all;
  }
}
