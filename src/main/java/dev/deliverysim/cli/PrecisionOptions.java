package dev.deliverysim.cli;

import dev.deliverysim.experiment.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --precision}, {@code --precision-metric} and {@code --max-replications} (a picocli mixin of run and compare). */
final class PrecisionOptions {
  /** The cap when {@code --max-replications} is not given. */
  static final int DEFAULT_MAX = 1000;
  /** The most a cap may be: the scenario's own bound on replications. */
  static final int MOST = 1_000_000;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  Double target;

  @Option(names = "--precision", paramLabel = "PERCENT",
      description = "Run replications in batches until the 95%% interval of each --precision-metric is within"
          + " ±PERCENT of its mean (for compare: each variant's change, of the base's mean), e.g. 2%%; the"
          + " scenario's replications are the first batch.")
  void setPrecision(String text) {
    String t = text.strip();
    boolean percent = t.endsWith("%");
    double value;
    try {
      value = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    double fraction = percent ? value / 100 : value;
    if (!(fraction > 0 && fraction < 1)) {
      throw new ParameterException(command.commandLine(), "--precision: expected a relative half-width such as 2%"
          + " (or 0.02), above 0 and below 100%, received: " + text);
    }
    target = fraction;
  }

  @Option(names = "--precision-metric", paramLabel = "LABEL", split = ",",
      description = "With --precision: the metric(s) judged, labels as in replications.csv (default: the first"
          + " headline metric, features_delivered or throughput).")
  List<String> metrics = new ArrayList<>();

  Integer max;

  @Option(names = "--max-replications", paramLabel = "N",
      description = "With --precision: stop after N replications even if the target is not met (default: "
          + DEFAULT_MAX + ").")
  void setMax(int n) {
    if (n < 1 || n > MOST) {
      throw new ParameterException(command.commandLine(),
          "--max-replications: expected an integer from 1 to " + String.format(Locale.ROOT, "%,d", MOST)
              + ", received: " + n);
    }
    max = n;
  }

  /**
   * The precision asked for, or null for a fixed number of replications; {@code headline} gives
   * the default metric. A precision option without {@code --precision} is a usage error.
   */
  Precision precision(List<String> headline) {
    if (target == null) {
      if (!metrics.isEmpty() || max != null) {
        throw new ParameterException(command.commandLine(),
            (max != null ? "--max-replications" : "--precision-metric") + " applies only with --precision");
      }
      return null;
    }
    return new Precision(target, metrics.isEmpty() ? List.of(headline.get(0)) : metrics,
        max != null ? max : DEFAULT_MAX);
  }
}
