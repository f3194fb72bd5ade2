package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Money written as a finance reader writes it. */
class AmountsTest {
  @Test
  void writesWholeUnitsWithThousandsSeparatorsAndCentsBelowAHundred() {
    assertEquals("USD 234,016", Amounts.full(234_016.4, "USD"));
    assertEquals("$26.20", Amounts.full(26.2, "$"));
    assertEquals("−€1,500", Amounts.full(-1500, "€"));
    assertEquals("–", Amounts.full(Double.NaN, "$"));
  }

  @Test
  void signsAndShortensAmountsForASentence() {
    assertEquals("+$41.2k", Amounts.compactSigned(41_200, "$"));
    assertEquals("−USD 1.35M", Amounts.compactSigned(-1_349_000, "USD"));
    assertEquals("+$345", Amounts.compactSigned(345, "$"));
    assertEquals("±$0.00", Amounts.compactSigned(0, "$"));
    assertEquals("+$63.0k (+$51.0k … +$75.0k)", Amounts.withInterval(63_000, 51_000, 75_000, "$"));
  }
}
