public class DoubleToString {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.0, 100.0, 1e-5, 1e-3, 0.001, 0.0001, 1e7, 1e6, 9999999.0, 10000000.0, 1.0E10, 0.1 + 0.2, 0.1, 0.3, 1.0 / 3,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            123456789.123, 1234567890123456789.0, 2e-323, 4.9e-324, 1.7976931348623157e308, 0.5, 0.25, 0.125, 3.141592653589793, 2.718281828459045,
            1e21, 1e22, 1e23, 123e-20, 5e-324, 9007199254740993.0, 0.1f, 100.5, 12345.6789, -98765.4321e-10, 1.0e-1, 2.0 / 3.0, 1e100, 1.5e300};
        for (double v : vals) System.out.println(v + " " + Double.toString(v) + " " + String.valueOf(-v));
        double x = 1;
        for (int i = 0; i < 25; i++) { System.out.print(x + " "); x *= 10; }
        System.out.println();
        x = 1;
        for (int i = 0; i < 25; i++) { System.out.print(x + " "); x /= 10; }
        System.out.println();
        for (int i = 1; i <= 20; i++) System.out.print((1.0 / i) + " ");
        System.out.println();
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.5) + " " + Double.toHexString(Double.MIN_VALUE));
    }
}
