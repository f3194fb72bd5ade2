package dev.deliverysim.cli;

import picocli.CommandLine;

/** The tool's version, from the jar manifest ("dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
  static String current() {
    return dev.deliverysim.study.Invocation.currentVersion();
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "deliverysim " + current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
