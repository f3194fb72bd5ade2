package dev.deliverysim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.calibrate.CalibrationInputException;
import dev.deliverysim.experiment.forecast.ForecastRow;
import dev.deliverysim.experiment.forecast.HistoryForecast;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forecast calibrate gives beside its scenario: forecast --history's answer on the history's weeks. */
class CalibrationForecastTest {
  private static final Path FIXTURES = Path.of("src/test/resources/calibrate");
  private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

  @Test
  void isForecastHistorysOwnAnswerOnTheSameFile() throws Exception {
    Path jira = FIXTURES.resolve("jira.csv");
    CalibrateStudy.Result r = CalibrateStudy.calibrate(jira, new CalibrateStudy.Options(null, 0.25, null, false, 8,
        Duration.ofSeconds(60), null, 10, 1L, 1, new CalibrationForecast(3, 5)), Cancellation.none());
    CalibrationForecast.Answer a = r.forecast();
    assertEquals(DayOfWeek.MONDAY, a.start().getDayOfWeek());
    assertEquals(r.fit().window().from().plusWeeks(r.fit().window().weeks()
        + (r.heldOut() == null ? 0 : r.heldOut().window().weeks())), a.start(), "the Monday after the data");
    assertEquals(a.start().plusDays(20), a.by(), "three weeks, the last day included");
    ForecastStudy.Result same = ForecastStudy.fromHistory(jira, new ForecastStudy.Options(1, a.start().toString(),
        a.by().toString(), a.by().toString(), null, "MON,TUE,WED,THU,FRI", 5, null, HistoryForecast.DEFAULT_TRIALS, null));
    assertEquals(same.rows(), a.rows());
  }

  @Test
  void byDefaultAsksForTheWeeksWorthAtTheMeanPace() throws Exception {
    CalibrationForecast.Answer a = CalibrationForecast.defaults().answer(new int[] {3, 5, 4, 4, 2, 6}, MONDAY, "t");
    assertEquals(16, a.items(), "4 weeks at 4 a week");
    assertEquals(MONDAY.plusWeeks(4).minusDays(1), a.by());
    double chance = value(a.rows(), "probability_by_target", "");
    assertTrue(chance > 0.3 && chance < 0.8, "planning on the average is near a coin flip: " + chance);
    double low = value(a.rows(), "probability_by_target", "low95");
    double high = value(a.rows(), "probability_by_target", "high95");
    assertTrue(low < chance && chance < high && high - low < 0.03, low + " " + high);
    double median = value(a.rows(), "items_by_date", "p50");
    assertTrue(median >= 14 && median <= 18, "about 16 in four weeks: " + median);
    assertTrue(value(a.rows(), "items_by_date", "p15") < median);
    assertEquals(List.of(), a.warnings(), "24 items, steady: neither thin nor drifting");
  }

  @Test
  void aThinOrDriftingHistoryIsSaid() throws Exception {
    assertTrue(new CalibrationForecast(2, null).answer(new int[] {1, 0, 2, 0}, MONDAY, "t").warnings().get(0)
        .contains("thin history"));
    List<String> drift = new CalibrationForecast(2, null).answer(new int[] {1, 0, 1, 1, 0, 9, 8, 10, 9, 11}, MONDAY,
        "t").warnings();
    assertTrue(drift.stream().anyMatch(w -> w.contains("drifting history")), drift.toString());
  }

  @Test
  void optionsOutOfRangeNameTheOption() {
    assertEquals("--forecast-weeks: expected an integer from 1 to 520, received: 0",
        assertThrows(CalibrationInputException.class, () -> new CalibrationForecast(0, null).check()).getMessage());
    assertEquals("--forecast-items: expected an integer from 1 to 1000000, received: -3",
        assertThrows(CalibrationInputException.class, () -> new CalibrationForecast(4, -3).check()).getMessage());
  }

  private static double value(List<ForecastRow> rows, String quantity, String percentile) {
    return rows.stream().filter(r -> r.quantity().equals(quantity) && r.percentile().equals(percentile))
        .mapToDouble(ForecastRow::value).findFirst().orElseThrow();
  }
}
