public class RemainderOps {
    public static void main(String[] args) {
        int[] a = {7, -7, 7, -7, 0, 1, -1, Integer.MIN_VALUE};
        int[] b = {3, 3, -3, -3, 5, 2, 2, 7};
        for (int i = 0; i < a.length; i++) {
            System.out.println(a[i] + " % " + b[i] + " = " + (a[i] % b[i]) + "  floorMod=" + Math.floorMod(a[i], b[i]) + "  div=" + (a[i] / b[i]) + " floorDiv=" + Math.floorDiv(a[i], b[i]));
            long la = a[i], lb = b[i];
            System.out.println("  long: " + (la % lb) + " " + Math.floorMod(la, lb) + " " + Math.floorDiv(la, lb));
        }
        double[] x = {5.5, -5.5, 5.5, -5.5, 1e20, 0.3, -0.0, 3.0};
        double[] y = {2.0, 2.0, -2.0, -2.0, 3.0, 0.1, 1.0, Double.POSITIVE_INFINITY};
        for (int i = 0; i < x.length; i++) {
            System.out.println(x[i] + " % " + y[i] + " = " + (x[i] % y[i]) + "  IEEEremainder=" + Math.IEEEremainder(x[i], y[i]));
            System.out.println("  float: " + ((float) x[i] % (float) y[i]));
        }
        System.out.println(Double.POSITIVE_INFINITY % 2.0);
        System.out.println(5.0 % Double.NaN);
        for (int i = -10; i <= 10; i++) System.out.print((i % 4) + " ");
        System.out.println();
    }
}
