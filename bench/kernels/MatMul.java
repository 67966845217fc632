// Kernel: double[][] arithmetic. Dense matrix multiply C = A*B (i-k-j order) repeated, with the
// result fed back so each round depends on the previous one. Checksum is the exact bit pattern.
public class MatMul {
    static final int N = 200;
    static final int ROUNDS = 4;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        double[][] a = new double[N][N];
        double[][] b = new double[N][N];
        double[][] c = new double[N][N];
        long seed = 12345;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                a[i][j] = ((seed >>> 33) % 1000) / 1000.0 - 0.5;
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                b[i][j] = ((seed >>> 33) % 1000) / 1000.0 - 0.5;
            }
        }
        double trace = 0;
        int rounds = ROUNDS * scale;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < N; i++) {
                double[] ci = c[i];
                for (int j = 0; j < N; j++) ci[j] = 0.0;
                double[] ai = a[i];
                for (int k = 0; k < N; k++) {
                    double aik = ai[k];
                    double[] bk = b[k];
                    for (int j = 0; j < N; j++) ci[j] += aik * bk[j];
                }
            }
            // normalise C into A for the next round so values stay bounded
            double max = 0;
            for (int i = 0; i < N; i++)
                for (int j = 0; j < N; j++) {
                    double v = Math.abs(c[i][j]);
                    if (v > max) max = v;
                }
            for (int i = 0; i < N; i++) {
                trace += c[i][i];
                for (int j = 0; j < N; j++) a[i][j] = c[i][j] / max;
            }
        }
        double sum = 0;
        for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) sum += a[i][j] * (i + 1) - b[j][i];
        long t1 = System.nanoTime();
        System.out.println("checksum=" + (Double.doubleToLongBits(sum) ^ Double.doubleToLongBits(trace)));
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
