public class MathTrig {
    public static void main(String[] args) {
        double[] angles = {0, Math.PI / 6, Math.PI / 4, Math.PI / 3, Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, -1, 0.001, 10, 100, 1e6};
        for (double a : angles) {
            System.out.println(a + ": sin=" + Math.sin(a) + " cos=" + Math.cos(a) + " tan=" + Math.tan(a) + " sinh=" + Math.sinh(a / 10) + " cosh=" + Math.cosh(a / 10) + " tanh=" + Math.tanh(a / 10));
        }
        double[] vs = {-1, -0.5, 0, 0.5, 1, 2};
        for (double v : vs) System.out.println(v + ": asin=" + Math.asin(v) + " acos=" + Math.acos(v) + " atan=" + Math.atan(v));
        double[][] yx = {{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, 0}, {0, -0.0}, {-0.0, -1}, {1, 0}, {3, 4}};
        for (double[] p : yx) System.out.println("atan2(" + p[0] + "," + p[1] + ")=" + Math.atan2(p[0], p[1]));
        double sum = 0;
        for (int i = 0; i < 1000; i++) sum += Math.sin(i * 0.01) * Math.cos(i * 0.02);
        System.out.println(sum);
    }
}
