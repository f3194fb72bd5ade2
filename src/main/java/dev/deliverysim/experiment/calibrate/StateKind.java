package dev.deliverysim.experiment.calibrate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which of the model's stages a team's status (Jira) or stage name stands for, by its name: done
 * (the item is finished), review, a gate after review (QA, test, verification, acceptance,
 * staging), coding (in progress, development, doing) or waiting (backlog, to do, selected for
 * development, ready, blocked and any name not recognised: time the model spends in queues, not in
 * a stage). Review and gate names win over waiting ones: "Ready for QA" is time at the QA gate.
 */
public enum StateKind {
  WAITING, CODING, REVIEW, GATE, DONE;

  private static final Pattern DONE_NAMES =
      Pattern.compile("done|closed|resolved|merged|deployed|released|completed?|fixed", Pattern.CASE_INSENSITIVE);
  private static final Pattern GATE_NAMES =
      Pattern.compile(".*\\b(qa|test(ing)?|verif\\w*|accept\\w*|uat|staging|validat\\w*)\\b.*", Pattern.CASE_INSENSITIVE);
  /** Queues before coding whose names mention it: Jira's "Selected for Development", "Ready for dev". */
  private static final Pattern QUEUE_NAMES =
      Pattern.compile(".*\\b(selected|ready|to do|todo|backlog|blocked|on hold)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODING_NAMES =
      Pattern.compile(".*\\b(in progress|progress|develop\\w*|dev|doing|coding|implement\\w*|build\\w*|wip)\\b.*",
          Pattern.CASE_INSENSITIVE);

  public static StateKind of(String name) {
    String n = name.strip().replaceAll("[\\s_-]+", " ");
    if (DONE_NAMES.matcher(n).matches()) {
      return DONE;
    }
    if (n.toLowerCase(Locale.ROOT).contains("review")) {
      return REVIEW;
    }
    if (GATE_NAMES.matcher(n).matches()) {
      return GATE;
    }
    return !QUEUE_NAMES.matcher(n).matches() && CODING_NAMES.matcher(n).matches() ? CODING : WAITING;
  }

  /** A state the team works in (commitment has happened): the start of cycle time. */
  boolean working() {
    return this == CODING || this == REVIEW || this == GATE;
  }
}
