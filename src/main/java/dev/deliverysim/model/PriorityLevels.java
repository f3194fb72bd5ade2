package dev.deliverysim.model;

import java.util.List;

/**
 * Maps job-class priorities to dense queue levels: the most urgent (lowest number) is level 0;
 * classes with equal priority share a level and are served FIFO together.
 */
record PriorityLevels(int count, int[] levelOfClass) {
  static PriorityLevels of(List<JobClassDef> classes) {
    int[] distinct = classes.stream().mapToInt(JobClassDef::priority).distinct().sorted().toArray();
    int[] level = new int[classes.size()];
    for (int k = 0; k < level.length; k++) {
      level[k] = java.util.Arrays.binarySearch(distinct, classes.get(k).priority());
    }
    return new PriorityLevels(distinct.length, level);
  }
}
