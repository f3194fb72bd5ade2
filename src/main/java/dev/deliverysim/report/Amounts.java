package dev.deliverysim.report;

import java.util.Locale;

/**
 * Amounts of money as a finance reader writes them: {@code $234,000}, {@code USD 41,200},
 * {@code +$41k} in a sentence; a symbol currency ({@code $}, {@code €}) is written before the
 * number without a space, a code ({@code USD}) with one.
 */
public final class Amounts {
  private Amounts() {}

  /** {@code $234,016} — whole units from 100 up, cents below; "–" when unmeasured. */
  public static String full(double amount, String currency) {
    if (!Double.isFinite(amount)) {
      return "–";
    }
    String number = Math.abs(amount) >= 100
        ? String.format(Locale.ROOT, "%,.0f", Math.abs(amount))
        : String.format(Locale.ROOT, "%,.2f", Math.abs(amount));
    return (amount < 0 && !number.matches("[0,.]*") ? "−" : "") + prefix(currency) + number;
  }

  /** {@code +$41.2k}, {@code −$1.35M}: three significant figures, signed, for a sentence. */
  public static String compactSigned(double amount, String currency) {
    if (!Double.isFinite(amount)) {
      return "–";
    }
    double a = Math.abs(amount);
    String number;
    if (a >= 1e9) {
      number = sig(a / 1e9) + "bn";
    } else if (a >= 1e6) {
      number = sig(a / 1e6) + "M";
    } else if (a >= 1e3) {
      number = sig(a / 1e3) + "k";
    } else {
      number = a >= 100 ? String.format(Locale.ROOT, "%.0f", a) : String.format(Locale.ROOT, "%.2f", a);
    }
    boolean zero = number.matches("[0.]*[a-zA-Z]*");
    return (zero ? "±" : amount < 0 ? "−" : "+") + prefix(currency) + number;
  }

  /** {@code +$41.2k (+$39.0k … +$43.5k)}. */
  public static String withInterval(double mean, double low, double high, String currency) {
    return compactSigned(mean, currency) + " (" + compactSigned(low, currency) + " … "
        + compactSigned(high, currency) + ")";
  }

  private static String sig(double x) {
    String s = x >= 100 ? String.format(Locale.ROOT, "%.0f", x)
        : x >= 10 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.2f", x);
    return s;
  }

  private static String prefix(String currency) {
    boolean symbol = currency.codePoints().noneMatch(Character::isLetter);
    return symbol ? currency : currency + " ";
  }
}
