package dev.deliverysim.scenario.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.scenario.Count;
import dev.deliverysim.scenario.Rate;
import dev.deliverysim.scenario.TimeSpan;
import dev.deliverysim.scenario.Units;
import dev.deliverysim.scenario.spec.DistributionSpec;
import dev.deliverysim.scenario.tree.MapNode;
import dev.deliverysim.scenario.tree.PathLocator;
import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.RecordBinder;
import dev.deliverysim.scenario.tree.YamlNode;
import dev.deliverysim.scenario.tree.YamlTreeReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Reads the {@code delivery} section of a scenario the way the loader will once it is wired in:
 * positioned tree, the scenario binder's converters, binding errors first, then the compiler with
 * errors located by path. Problems come back formatted and sorted, as the command line prints them.
 */
record DeliveryReading(DeliveryDef delivery, List<String> problems) {

  static DeliveryReading of(String yaml, String source) {
    Problems problems = new Problems();
    YamlNode tree = YamlTreeReader.readString(yaml, source, problems);
    DeliveryDef delivery = null;
    if (tree instanceof MapNode map && !problems.hasErrors()) {
      DeliverySpec spec = binder(Units.DEFAULT).bindValue(map.get("delivery"), DeliverySpec.class, "delivery", problems);
      if (spec != null && !problems.hasErrors()) {
        ErrorSink sink = (path, message) -> problems.error(PathLocator.locate(tree, path), path, message);
        delivery = new DeliveryCompiler(sink, laws(tree, problems)).compile(spec, "delivery");
      }
    }
    return new DeliveryReading(delivery, problems.sorted().stream().map(Problem::format).toList());
  }

  /** The converters of {@code ScenarioBinder.forUnits}, which is package-private there. */
  static RecordBinder binder(Units units) {
    return new RecordBinder()
        .withScalar(TimeSpan.class, units::duration)
        .withScalar(Rate.class, units::rate)
        .withScalar(Count.class, DeliveryReading::count);
  }

  private static Count count(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("unlimited")) {
      return new Count(Count.UNLIMITED);
    }
    try {
      int n = Integer.parseInt(t);
      if (n >= 1) {
        return new Count(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("an integer ≥ 1 or 'unlimited'");
  }

  /**
   * The scenario package's own distribution compiler, reached by reflection because it is
   * package-private: a copy here could drift from it, and the expected messages in these tests
   * must be the ones users will see.
   */
  static BiFunction<DistributionSpec, String, Distribution> laws(YamlNode tree, Problems problems) {
    try {
      Class<?> locatorType = Class.forName("dev.deliverysim.scenario.Locator");
      Constructor<?> newLocator = locatorType.getDeclaredConstructor(YamlNode.class, Problems.class);
      newLocator.setAccessible(true);
      Class<?> compilerType = Class.forName("dev.deliverysim.scenario.DistributionCompiler");
      Constructor<?> newCompiler = compilerType.getDeclaredConstructor(locatorType);
      newCompiler.setAccessible(true);
      Object compiler = newCompiler.newInstance(newLocator.newInstance(tree, problems));
      Method compile = compilerType.getDeclaredMethod("compile", DistributionSpec.class, String.class);
      compile.setAccessible(true);
      return (spec, path) -> {
        try {
          return (Distribution) compile.invoke(compiler, spec, path);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      };
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the scenario package's distribution compiler has moved", e);
    }
  }
}
