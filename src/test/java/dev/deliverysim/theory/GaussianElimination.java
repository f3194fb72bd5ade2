package dev.deliverysim.theory;

/** Dense linear solve for the small systems in {@link QueueingTheory} (test code only). */
final class GaussianElimination {

  private GaussianElimination() {}

  /**
   * Solves A x = b by Gaussian elimination with partial pivoting (Golub &amp; Van Loan, Matrix
   * Computations, §3.4). The argument is the augmented n×(n+1) matrix [A | b]; it is overwritten.
   *
   * @throws IllegalArgumentException if A is (numerically) singular
   */
  static double[] solve(double[][] a) {
    int n = a.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (!(Math.abs(a[pivot][col]) > 1e-12)) {
        throw new IllegalArgumentException("singular system (traffic equations: no exit path)");
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / a[col][col];
        for (int j = col; j <= n; j++) {
          a[r][j] -= f * a[col][j];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = a[i][n];
      for (int j = i + 1; j < n; j++) {
        s -= a[i][j] * x[j];
      }
      x[i] = s / a[i][i];
    }
    return x;
  }
}
