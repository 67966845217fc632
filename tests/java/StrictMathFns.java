public class StrictMathFns {
    public static void main(String[] args) {
        double[] xs = {0.1, 0.5, 1, 2, 3, 10, 50, -0.7, 1e-8, 123.456};
        for (double x : xs) {
            System.out.println(x + ": " + StrictMath.sin(x) + " " + StrictMath.cos(x) + " " + StrictMath.tan(x) + " " + StrictMath.exp(x) + " " + StrictMath.log(Math.abs(x)) + " " + StrictMath.sqrt(Math.abs(x)) + " " + StrictMath.cbrt(x) + " " + StrictMath.atan(x) + " " + StrictMath.pow(x, 1.5) + " " + StrictMath.log10(Math.abs(x)) + " " + StrictMath.sinh(x) + " " + StrictMath.expm1(x) + " " + StrictMath.log1p(Math.abs(x)));
        }
        System.out.println(StrictMath.hypot(5, 12) + " " + StrictMath.atan2(1, 2) + " " + StrictMath.asin(0.3) + " " + StrictMath.acos(0.3) + " " + StrictMath.floor(-1.5) + " " + StrictMath.ceil(-1.5) + " " + StrictMath.rint(2.5) + " " + StrictMath.round(2.5) + " " + StrictMath.abs(-3));
        System.out.println(StrictMath.toRadians(90) + " " + StrictMath.toDegrees(1) + " " + StrictMath.IEEEremainder(10, 3) + " " + StrictMath.signum(-2.0) + " " + StrictMath.ulp(100.0));
    }
}
