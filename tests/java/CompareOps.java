public class CompareOps {
    static String cmpL(long a, long b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "") + (a >= b ? ">=" : "") + (a > b ? ">" : ""); }
    static String cmpF(float a, float b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "") + (a >= b ? ">=" : "") + (a > b ? ">" : ""); }
    static String cmpD(double a, double b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "") + (a >= b ? ">=" : "") + (a > b ? ">" : ""); }
    static String cmpI(int a, int b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "") + (a >= b ? ">=" : "") + (a > b ? ">" : ""); }
    static boolean notLess(double a, double b) { return !(a < b); }
    static boolean notGreater(float a, float b) { return !(a > b); }
    public static void main(String[] args) {
        long[] ls = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 4294967296L};
        for (long a : ls) for (long b : ls) System.out.println("L " + a + " " + b + " " + cmpL(a, b) + " " + Long.compare(a, b));
        float[] fs = {Float.NEGATIVE_INFINITY, -1f, -0f, 0f, 1f, Float.NaN};
        for (float a : fs) for (float b : fs) System.out.println("F " + a + " " + b + " " + cmpF(a, b) + " " + Float.compare(a, b) + " " + notGreater(a, b));
        double[] ds = {-1e300, -0.0, 0.0, 2.5, Double.POSITIVE_INFINITY, Double.NaN};
        for (double a : ds) for (double b : ds) System.out.println("D " + a + " " + b + " " + cmpD(a, b) + " " + Double.compare(a, b) + " " + notLess(a, b));
        int[] is = {Integer.MIN_VALUE, -5, 0, 5, Integer.MAX_VALUE};
        for (int a : is) for (int b : is) System.out.println("I " + a + " " + b + " " + cmpI(a, b) + " " + Integer.compare(a, b) + " " + Integer.compareUnsigned(a, b));
        Object o1 = new Object(), o2 = new Object(), o3 = o1, n = null;
        System.out.println((o1 == o2) + " " + (o1 == o3) + " " + (n == null) + " " + (o1 != null));
    }
}
