package dev.deliverysim.model.delivery;

/** What a person's hours go to; the last two are not jobs but the rest of the working time. */
enum Activity {
  CODING("coding"),
  REVIEW("review"),
  REWORK("rework"),
  CONFLICTS("conflicts"),
  TESTING("testing"),
  INCIDENTS("incidents"),
  MEETINGS("meetings"),
  IDLE("idle");

  static final Activity[] JOBS = {CODING, REVIEW, REWORK, CONFLICTS, TESTING, INCIDENTS};

  final String label;

  Activity(String label) {
    this.label = label;
  }
}
