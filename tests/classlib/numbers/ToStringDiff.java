// Differential test: shadow.lang.FloatingToString vs HotSpot Double.toString / Float.toString.
// usage: java ToStringDiff <randomCount> <seed>
import java.util.SplittableRandom;

public class ToStringDiff {
    static long n, bad;
    static void checkD(double d) {
        n++;
        String a = shadow.lang.FloatingToString.toString(d), b = Double.toString(d);
        if (!a.equals(b) && bad++ < 20)
            System.out.println("double " + Long.toHexString(Double.doubleToRawLongBits(d)) + " ours=" + a + " jdk=" + b);
    }
    static void checkF(float f) {
        n++;
        String a = shadow.lang.FloatingToString.toString(f), b = Float.toString(f);
        if (!a.equals(b) && bad++ < 20)
            System.out.println("float " + Integer.toHexString(Float.floatToRawIntBits(f)) + " ours=" + a + " jdk=" + b);
    }
    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        SplittableRandom r = new SplittableRandom(Long.parseLong(args[1]));
        // edge cases
        double[] ed = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.MIN_NORMAL, 1e23, 2e23, 1e-3, 1e7, 9999999.999, 0.001, 9.999e-4, 1e22, 1e21};
        for (double d : ed) { checkD(d); checkD(-d); }
        for (int e = -1100; e < 1030; e++) { double p = Math.scalb(1.0, e); checkD(p); checkD(Math.nextUp(p)); checkD(Math.nextDown(p)); }
        for (int e = -330; e < 310; e++) { double p = Double.parseDouble("1e" + e); checkD(p); checkD(Math.nextUp(p)); checkD(Math.nextDown(p)); }
        for (int e = -160; e < 130; e++) { float p = Math.scalb(1.0f, e); checkF(p); checkF(Math.nextUp(p)); checkF(Math.nextDown(p)); }
        for (int e = -50; e < 40; e++) { float p = Float.parseFloat("1e" + e); checkF(p); checkF(Math.nextUp(p)); checkF(Math.nextDown(p)); }
        for (long i = 0; i < 100000; i++) { checkD(i); checkD(i / 10.0); checkD(i / 1000.0); checkF(i); checkF(i / 10.0f); checkF(i/1000.0f); }
        for (int i = 1; i < 2000; i++) checkD(Double.longBitsToDouble(i));
        for (int i = 1; i < 2000; i++) checkF(Float.intBitsToFloat(i));
        for (long i = 0; i < count; i++) {
            checkD(Double.longBitsToDouble(r.nextLong()));
            checkF(Float.intBitsToFloat(r.nextInt()));
            // integral values / short decimals / values near 2^53..2^63
            long k = r.nextLong() >>> r.nextInt(64);
            checkD((double) k); checkF((float) k);
            checkD(r.nextInt(1000000) / Math.pow(10, r.nextInt(25)));
            checkF((float) (r.nextInt(100000) / Math.pow(10, r.nextInt(12))));
        }
        System.out.println("ToStringDiff: compared " + n + " values, mismatches " + bad);
    }
}
