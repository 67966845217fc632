public class StringFormatFloats {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 123456.789, 1e10, 2.5, 0.125, 1e300, Double.MIN_VALUE, 0.5, 1.005, 99.995};
        for (double v : vals) {
            System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%e] [%.3e] [%E] [%g] [%.3g] [%+.1f] [%08.2f] [%.0f]", v, v, v, v, v, v, v, v, v, v, v, v));
        }
        System.out.println(String.format("%f %e %g", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("%.2f %.2f %.2f %.2f", 0.125, 0.375, 2.675, -0.005));
        System.out.println(String.format("%.1f %.1f %.1f %.1f", 0.05, 0.15, 0.25, 0.35));
        System.out.println(String.format("%f", 1.1f) + " " + String.format("%.10f", 0.1f) + " " + String.format("%.20f", 0.1));
        System.out.println(String.format("%a", 1.0) + " " + String.format("%a", 0.1));
        System.out.println(String.format("%.0e %.15g", 12345.0, 0.1));
        System.out.println(String.format("%,.3f", -9876543.21));
        System.out.println(String.format("%s %s", 1.0, 1e-10));
    }
}
