package dev.deliverysim.scenario.delivery;

/**
 * Where {@link DeliveryCompiler} reports a problem: the path of the offending value in the user's
 * spelling ({@code delivery.teams[1].skills}) and the message. A callback rather than the scenario
 * package's locator, so this package needs nothing package-private from there.
 */
@FunctionalInterface
public interface ErrorSink {
  void error(String path, String message);
}
