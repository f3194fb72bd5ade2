/**
 * The studies: run, compare, sweep, sensitivity, forecast — one class each. A study takes a loaded
 * scenario (or several) and a plain options record, runs, and returns its results in memory; writing
 * its results folder is a separate call, through {@link dev.deliverysim.report.ResultsWriter}. No
 * study prints, reads a terminal or exits: progress and notices go to a {@link
 * dev.deliverysim.study.StudyListener}, and a {@link dev.deliverysim.experiment.Cancellation} stops one
 * between replications. The command line and (later) the web page are thin callers of these.
 */
package dev.deliverysim.study;
