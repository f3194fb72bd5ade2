package dev.deliverysim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code --param PATH=VALUES} is read: lists, ranges, and the mistakes users make. */
class ParamTest {
  @Test
  void aListKeepsItsValuesAsWritten() {
    Param p = Param.parse("stations[1].service={exponential: {mean: 2h}}");
    assertEquals("stations[1].service", p.path());
    assertEquals(List.of("{exponential: {mean: 2h}}"), p.values(), "YAML values go through untouched");
    assertEquals(List.of("1", "2", "4"), Param.parse("stations[0].servers=1, 2,4").values());
    assertEquals(List.of("2h", "4h"), Param.parse("x=2h,4h").values());
    assertEquals("x=4h", Param.parse("x=2h,4h").assignment(1));
  }

  @Test
  void anIntegerRangeStaysInteger() {
    assertEquals(List.of("1", "2", "3", "4", "5"), Param.parse("stations[1].servers=1:5:1").values());
    assertEquals(List.of("2", "5", "8"), Param.parse("n=2:9:3").values(), "the end is not a multiple: stop before it");
    assertEquals(List.of("5", "3", "1"), Param.parse("n=5:1:-2").values(), "a negative step counts down");
    assertEquals(List.of("3"), Param.parse("n=3:3:1").values());
  }

  @Test
  void aDecimalRangeHitsItsEndWithoutFloatingPointDrift() {
    // 0.5 + 0.1 + … in doubles gives 0.6, 0.7, 0.7999999999999999, … and may miss 1.0.
    assertEquals(List.of("0.5", "0.6", "0.7", "0.8", "0.9", "1.0"), Param.parse("p=0.5:1.0:0.1").values());
    assertEquals(List.of("0.00", "0.25", "0.50", "0.75", "1.00"), Param.parse("p=0:1:0.25").values());
    assertEquals(11, Param.parse("p=0:1:0.1").values().size());
    assertEquals(List.of("1e3", "2e3"), Param.parse("p=1e3,2e3").values(), "lists are not reformatted");
  }

  @Test
  void mistakesAreReportedWithWhatWasReceived() {
    assertMessage("expected PATH=VALUES", "stations[1].servers");
    assertMessage("expected PATH=VALUES", "=1,2");
    assertMessage("expected PATH=VALUES", "x=");
    assertMessage("empty value", "x=1,,2");
    assertMessage("expected a range from:to:step", "x=1:5");
    assertMessage("\"a\" is not a number", "x=a:5:1");
    assertMessage("the step must be non-zero", "x=1:5:0");
    assertMessage("the step must be non-zero and lead from 5 towards 1", "x=5:1:1");
    assertMessage("more than", "x=0:1:0.000001");
  }

  private static void assertMessage(String expected, String spec) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Param.parse(spec));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
