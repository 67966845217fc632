public class MathBasic {
    public static void main(String[] args) {
        double[] xs = {0, 1, 2, 0.5, 10, 100, 1e-10, 1e10, -8, 2.5, -2.5, 3.7, -3.7};
        for (double x : xs) {
            System.out.println(x + ": sqrt=" + Math.sqrt(x) + " cbrt=" + Math.cbrt(x) + " exp=" + Math.exp(x) + " log=" + Math.log(x) + " log10=" + Math.log10(x)
                + " floor=" + Math.floor(x) + " ceil=" + Math.ceil(x) + " round=" + Math.round(x) + " rint=" + Math.rint(x) + " abs=" + Math.abs(x) + " sig=" + Math.signum(x));
        }
        double[][] pw = {{2, 10}, {2, -1}, {2, 0.5}, {-8, 1.0 / 3}, {0, 0}, {10, 308}, {10, 309}, {-2, 3}, {1.0001, 10000}, {Double.NaN, 0}, {1, Double.NaN}};
        for (double[] p : pw) System.out.println("pow(" + p[0] + "," + p[1] + ")=" + Math.pow(p[0], p[1]));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(1e200, 1e200) + " " + Math.expm1(1e-10) + " " + Math.log1p(1e-10));
        System.out.println(Math.max(3, 7) + " " + Math.min(-3L, 7L) + " " + Math.max(1.5f, 2.5f) + " " + Math.min(-0.0, 0.0));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorMod(7, -2) + " " + Math.floorMod(-7L, 3));
        System.out.println(Math.toRadians(180) + " " + Math.toDegrees(Math.PI / 2) + " " + Math.PI + " " + Math.E);
        System.out.println(Math.round(0.5) + " " + Math.round(-0.5) + " " + Math.round(1.5) + " " + Math.round(-1.5) + " " + Math.round(2.5f) + " " + Math.round(Double.NaN) + " " + Math.round(1e20) + " " + Math.round(-1e20f));
        System.out.println(Math.rint(0.5) + " " + Math.rint(1.5) + " " + Math.rint(-2.5) + " " + Math.ceil(-0.5) + " " + Math.floor(-0.0));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.scalb(1.5, 4) + " " + Math.sqrt(2) * Math.sqrt(2));
    }
}
