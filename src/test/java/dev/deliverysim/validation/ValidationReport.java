package dev.deliverysim.validation;

import dev.deliverysim.report.AtomicFiles;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs every validation case outside JUnit and writes the results to {@code docs/validation.md}
 * (or to the path given as the only argument), replacing the file atomically.
 *
 * <p>The cases are the {@code @Test} methods of the suites below, called in their {@code @Order}:
 * the report cannot drift from what the build checks. JUnit's launcher is not on the test
 * classpath, and these tests need none of its lifecycle, so plain reflection runs them. A failing
 * case is reported in the file and then fails the run.
 */
public final class ValidationReport {
  /** The validation classes, in the order the report presents them. */
  static final List<Class<?>> SUITES = List.of(
      SingleStationValidation.class,
      FiniteCapacityValidation.class,
      NetworkValidation.class,
      PriorityValidation.class,
      StabilityValidation.class,
      BottleneckDemoValidation.class);

  static final String COMMAND = "./mvnw -B -q test-compile exec:java"
      + " -Dexec.mainClass=dev.deliverysim.validation.ValidationReport -Dexec.classpathScope=test";

  private ValidationReport() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/validation.md");
    ValidationLedger.clear();
    List<String> failures = new ArrayList<>();
    for (Class<?> suite : SUITES) {
      runSuite(suite, failures);
    }
    String markdown = MarkdownReport.render(ValidationLedger.runs(),
        ValidationLedger.comparisons(), ValidationLedger.checks());
    AtomicFiles.writeString(target, markdown);
    System.out.println("wrote " + target.toAbsolutePath().normalize());
    if (!failures.isEmpty()) {
      // Not System.exit: under exec:java that would end Maven itself.
      throw new IllegalStateException(failures.size() + " validation case(s) failed:\n"
          + String.join("\n", failures));
    }
  }

  private static void runSuite(Class<?> suite, List<String> failures) throws Exception {
    Constructor<?> constructor = suite.getDeclaredConstructor();
    constructor.setAccessible(true);
    // as JUnit does: static @BeforeAll set-up first, then each @Test on a fresh instance
    for (Method setUp : suite.getDeclaredMethods()) {
      if (setUp.isAnnotationPresent(org.junit.jupiter.api.BeforeAll.class)) {
        setUp.setAccessible(true);
        setUp.invoke(null);
      }
    }
    for (Method test : testsInOrder(suite)) {
      test.setAccessible(true);
      String name = suite.getSimpleName() + "." + test.getName();
      long start = System.nanoTime();
      String outcome = "ok";
      try {
        test.invoke(constructor.newInstance());
      } catch (InvocationTargetException e) {
        outcome = "FAILED";
        failures.add(name + ": " + e.getCause());
      }
      System.out.printf("%-70s %-6s %6.1f s%n", name, outcome, (System.nanoTime() - start) / 1e9);
    }
  }

  /** {@code @Test} methods by {@code @Order}, then by name (JUnit's order for these classes). */
  static List<Method> testsInOrder(Class<?> suite) {
    return Arrays.stream(suite.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Test.class))
        .sorted(Comparator.comparingInt(ValidationReport::order).thenComparing(Method::getName))
        .toList();
  }

  private static int order(Method m) {
    Order order = m.getAnnotation(Order.class);
    return order != null ? order.value() : Order.DEFAULT;
  }
}
