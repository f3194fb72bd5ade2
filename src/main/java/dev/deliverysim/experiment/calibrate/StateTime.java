package dev.deliverysim.experiment.calibrate;

/**
 * The working hours items spent in one status or stage, fitted: each item finished in the window
 * that left the state counts once, with the sum of its stays there (an item sent back to a state
 * and through it again spent both stays in it). A stay still under way when the data was exported
 * has no length and is left out.
 *
 * @param fit the law of the hours, or null with fewer than {@value LawFit#MIN_OBSERVATIONS} items
 * @param items the items that spent time there
 * @param meanHours their mean hours there (NaN when none)
 */
public record StateTime(String state, StateKind kind, LawFit fit, int items, double meanHours) {}
