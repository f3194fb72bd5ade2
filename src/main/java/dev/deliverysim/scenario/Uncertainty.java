package dev.deliverysim.scenario;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.StreamName;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs known only as a range (second-order Monte Carlo). Replication {@code i} belongs to outer
 * draw {@code i / perDraw}; each draw takes every input once from its own stream
 * ({@code uncertainty/<path>}, keyed by the master seed and the draw's index, never by the
 * replication), so the {@code perDraw} replications of a draw share their inputs and differ only in
 * the model's own noise, every thread count sees the same draws, and two scenarios with the same
 * uncertain inputs see the same draws (common random numbers in {@code compare}). A draw's
 * scenario is the loaded one with each input set as by {@code --set}.
 */
public final class Uncertainty {
  /** No uncertain inputs: every replication runs the scenario as written. */
  public static final Uncertainty NONE = new Uncertainty(1, List.of(), null);

  /** The scenario with these {@code --set} assignments applied; throws when they make it invalid. */
  public interface Recompiler {
    Scenario at(List<String> assignments);
  }

  /**
   * One uncertain input: its {@code --set} path, words for people, its law (uniform between
   * {@code min} and {@code max}, or triangular with {@code mode}), in hours for a duration and per
   * hour for a rate, and whether it is drawn as a whole number (a headcount, a server count).
   */
  public record Input(String path, String label, double min, double mode, double max, boolean triangular,
      Quantity.Kind kind, boolean whole) {
    public Input {
      if (!(min < max) || triangular && !(mode >= min && mode <= max)) {
        throw new IllegalArgumentException("an uncertain input needs min < max and min ≤ mode ≤ max: " + path);
      }
    }

    /** The value at quantile {@code u} ∈ [0, 1) of the input's law. */
    public double at(double u) {
      if (whole && !triangular) {
        return Math.min(max, min + Math.floor(u * (max - min + 1)));
      }
      double x;
      if (!triangular) {
        x = min + u * (max - min);
      } else {
        double split = (mode - min) / (max - min);
        x = u < split ? min + Math.sqrt(u * (max - min) * (mode - min))
            : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      }
      return whole ? Math.rint(x) : x;
    }

    /** The law's mean (of the continuous law, for a whole-number input drawn by rounding). */
    public double mean() {
      return triangular ? (min + mode + max) / 3 : (min + max) / 2;
    }

    /** The {@code --set} assignment putting this input at {@code value}: hours or per hour as plain numbers. */
    public String assignment(double value) {
      return path + "=" + Lever.format(value);
    }
  }

  private final int perDraw;
  private final List<Input> inputs;
  private final Recompiler recompiler;

  Uncertainty(int perDraw, List<Input> inputs, Recompiler recompiler) {
    if (perDraw < 1) {
      throw new IllegalArgumentException("replications per draw must be ≥ 1, was " + perDraw);
    }
    this.perDraw = perDraw;
    this.inputs = List.copyOf(inputs);
    this.recompiler = recompiler;
  }

  public boolean present() {
    return !inputs.isEmpty();
  }

  /** Replications in a row that share one draw of the inputs. */
  public int perDraw() {
    return perDraw;
  }

  public List<Input> inputs() {
    return inputs;
  }

  /** The outer draw replication {@code replication} belongs to. */
  public int drawOf(int replication) {
    return replication / perDraw;
  }

  /** Each input's value in outer draw {@code draw}, in the order of {@link #inputs()}. */
  public double[] draw(long masterSeed, int draw) {
    RandomStreams streams = new RandomStreams(masterSeed, draw);
    double[] values = new double[inputs.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = inputs.get(k).at(streams.stream(StreamName.of("uncertainty").named(inputs.get(k).path()))
          .nextDouble());
    }
    return values;
  }

  /** The scenario of one draw: the loaded one with every input at its drawn value. */
  public Scenario scenarioAt(double[] values) {
    List<String> assignments = new ArrayList<>();
    for (int k = 0; k < inputs.size(); k++) {
      assignments.add(inputs.get(k).assignment(values[k]));
    }
    return recompiler.at(assignments);
  }
}
