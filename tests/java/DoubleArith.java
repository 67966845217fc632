public class DoubleArith {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.0, 0.1, 2.5, 1e300, -1e-300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double a : vals) {
            StringBuilder sb = new StringBuilder();
            for (double b : vals) {
                sb.append(a + b).append(',').append(a - b).append(',').append(a * b).append(',').append(a / b).append(',').append(a % b).append(' ');
            }
            System.out.println(a + ": " + sb);
        }
        double s = 0;
        for (int i = 0; i < 1000; i++) s += 0.1;
        System.out.println(s);
        System.out.println(0.1 + 0.2);
        System.out.println(1.0 / 3.0);
        System.out.println(2.0 / 3.0);
        System.out.println(9007199254740992.0 + 1.0);
        System.out.println(1e308 * 10);
        System.out.println(Double.MIN_VALUE / 2);
        double h = 1;
        for (int i = 0; i < 60; i++) h /= 3.7;
        System.out.println(h);
        double pi = 0;
        for (int k = 0; k < 100000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println(pi);
    }
}
