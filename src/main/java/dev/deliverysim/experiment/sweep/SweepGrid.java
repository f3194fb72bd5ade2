package dev.deliverysim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The full grid of several parameters, points numbered 0 … size − 1 with the first parameter
 * varying slowest (as nested loops written in the order given). A point is computed from its
 * number, never stored, so a grid of millions costs nothing.
 */
public record SweepGrid(List<Param> params) {
  /** Point numbers are file names and CSV keys; more than this is not a sweep one can run. */
  static final int MAX_POINTS = 10_000_000;

  public SweepGrid {
    params = List.copyOf(params);
    if (params.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one --param");
    }
    long size = 1;
    for (Param p : params) {
      size *= p.values().size();
      if (size > MAX_POINTS) {
        throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
      }
    }
    for (int i = 0; i < params.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (params.get(i).path().equals(params.get(j).path())) {
          throw new IllegalArgumentException("--param " + params.get(i).path() + " is given twice");
        }
      }
    }
  }

  public int size() {
    int size = 1;
    for (Param p : params) {
      size *= p.values().size();
    }
    return size;
  }

  public List<String> paths() {
    return params.stream().map(Param::path).toList();
  }

  /** Each parameter's value index at this point. */
  private int[] digits(int point) {
    if (point < 0 || point >= size()) {
      throw new IndexOutOfBoundsException("point " + point + " of " + size());
    }
    int[] digits = new int[params.size()];
    int rest = point;
    for (int i = params.size() - 1; i >= 0; i--) {
      int radix = params.get(i).values().size();
      digits[i] = rest % radix;
      rest /= radix;
    }
    return digits;
  }

  /** The parameter values at this point, in parameter order. */
  public List<String> values(int point) {
    int[] digits = digits(point);
    List<String> values = new ArrayList<>(digits.length);
    for (int i = 0; i < digits.length; i++) {
      values.add(params.get(i).values().get(digits[i]));
    }
    return values;
  }

  /** The {@code --set} assignments that make this point. */
  public List<String> assignments(int point) {
    int[] digits = digits(point);
    List<String> sets = new ArrayList<>(digits.length);
    for (int i = 0; i < digits.length; i++) {
      sets.add(params.get(i).assignment(digits[i]));
    }
    return sets;
  }
}
