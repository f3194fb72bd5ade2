package dev.deliverysim.scenario;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Empirical;
import dev.deliverysim.engine.Erlang;
import dev.deliverysim.engine.Exponential;
import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.Gamma;
import dev.deliverysim.engine.LogNormal;
import dev.deliverysim.engine.Triangular;
import dev.deliverysim.engine.Uniform;
import dev.deliverysim.engine.Weibull;
import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.spec.ExponentialSpec;
import dev.deliverysim.scenario.spec.GammaSpec;
import dev.deliverysim.scenario.spec.LogNormalSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Turns a {@link DistributionSpec} into an engine {@link Distribution}, reporting what is wrong. */
final class DistributionCompiler {
  static final String FAMILIES =
      "fixed, exponential, uniform, triangular, lognormal, gamma, erlang, weibull, empirical";

  private final Locator at;

  DistributionCompiler(Locator at) {
    this.at = at;
  }

  /** The law, or null after reporting a problem at {@code path}. */
  Distribution compile(DistributionSpec spec, String path) {
    Map<String, Object> given = new LinkedHashMap<>();
    put(given, "fixed", spec.fixed());
    put(given, "exponential", spec.exponential());
    put(given, "uniform", spec.uniform());
    put(given, "triangular", spec.triangular());
    put(given, "lognormal", spec.lognormal());
    put(given, "gamma", spec.gamma());
    put(given, "erlang", spec.erlang());
    put(given, "weibull", spec.weibull());
    put(given, "empirical", spec.empirical());
    if (given.size() != 1) {
      at.error(path, "expected exactly one of " + FAMILIES + ", received: "
          + (given.isEmpty() ? "none" : String.join(", ", given.keySet())));
      return null;
    }
    String family = given.keySet().iterator().next();
    String where = path + "." + family;
    return build(where, () -> switch (family) {
      case "fixed" -> new Fixed(spec.fixed().hours());
      case "exponential" -> exponential(spec.exponential());
      case "uniform" -> new Uniform(spec.uniform().min().hours(), spec.uniform().max().hours());
      case "triangular" -> new Triangular(
          spec.triangular().min().hours(), spec.triangular().mode().hours(), spec.triangular().max().hours());
      case "lognormal" -> lognormal(spec.lognormal());
      case "gamma" -> gamma(spec.gamma());
      case "erlang" -> new Erlang(spec.erlang().phases(), spec.erlang().mean().hours());
      case "weibull" -> new Weibull(spec.weibull().shape(), spec.weibull().scale().hours());
      case "empirical" -> new Empirical(spec.empirical().stream().mapToDouble(TimeSpan::hours).toArray());
      default -> throw new IllegalStateException(family);
    });
  }

  private Distribution build(String path, Supplier<Distribution> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      at.error(path, e.getMessage());
      return null;
    }
  }

  private static void put(Map<String, Object> given, String family, Object value) {
    if (value != null) {
      given.put(family, value);
    }
  }

  private static Distribution exponential(ExponentialSpec e) {
    if ((e.mean() == null) == (e.rate() == null)) {
      throw new IllegalArgumentException("expected exactly one of mean or rate");
    }
    return new Exponential(e.mean() != null ? e.mean().hours() : 1 / e.rate().perHour());
  }

  private static Distribution gamma(GammaSpec g) {
    boolean byMoments = g.mean() != null || g.cv() != null;
    boolean byShape = g.shape() != null || g.scale() != null;
    if (byMoments == byShape) {
      throw new IllegalArgumentException("expected either mean and cv, or shape and scale");
    }
    if (byMoments) {
      if (g.mean() == null || g.cv() == null) {
        throw new IllegalArgumentException("expected both mean and cv");
      }
      return Gamma.ofMeanCv(g.mean().hours(), g.cv());
    }
    if (g.shape() == null || g.scale() == null) {
      throw new IllegalArgumentException("expected both shape and scale");
    }
    return new Gamma(g.shape(), g.scale().hours());
  }

  private record Point(double p, TimeSpan value) {}

  private static Distribution lognormal(LogNormalSpec l) {
    List<Point> points = new ArrayList<>();
    addPoint(points, 0.10, l.p10());
    addPoint(points, 0.25, l.p25());
    addPoint(points, 0.50, l.median());
    addPoint(points, 0.75, l.p75());
    addPoint(points, 0.80, l.p80());
    addPoint(points, 0.85, l.p85());
    addPoint(points, 0.90, l.p90());
    addPoint(points, 0.95, l.p95());
    addPoint(points, 0.99, l.p99());
    boolean byMoments = l.mean() != null || l.cv() != null;
    if (byMoments && points.isEmpty()) {
      if (l.mean() == null || l.cv() == null) {
        throw new IllegalArgumentException("expected both mean and cv");
      }
      return LogNormal.ofMeanCv(l.mean().hours(), l.cv());
    }
    if (!byMoments && points.size() == 2) {
      Point a = points.get(0);
      Point b = points.get(1);
      return LogNormal.ofPercentiles(a.p(), a.value().hours(), b.p(), b.value().hours());
    }
    throw new IllegalArgumentException(
        "expected mean and cv, or exactly two percentiles (such as median and p90)");
  }

  private static void addPoint(List<Point> points, double p, TimeSpan value) {
    if (value != null) {
      points.add(new Point(p, value));
    }
  }
}
