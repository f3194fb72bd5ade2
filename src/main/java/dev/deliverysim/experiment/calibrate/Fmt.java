package dev.deliverysim.experiment.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as the fitted scenario writes them: three significant digits, no exponent, no trailing zeros. */
final class Fmt {
  private Fmt() {}

  static String num(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v == 0 ? "0" : Double.toString(v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
