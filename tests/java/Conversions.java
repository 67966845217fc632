public class Conversions {
    public static void main(String[] args) {
        int[] ints = {0, 127, 128, 255, 256, -1, -128, -129, 65535, 65536, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int i : ints) {
            System.out.println(i + " -> b=" + (byte) i + " c=" + (int) (char) i + " s=" + (short) i + " l=" + (long) i + " f=" + (float) i + " d=" + (double) i);
        }
        long[] longs = {0L, 4294967296L, 4294967295L, -4294967296L, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL};
        for (long l : longs) {
            System.out.println(l + " -> i=" + (int) l + " f=" + (float) l + " d=" + (double) l + " b=" + (byte) l);
        }
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.5, 2147483648.0, -2147483649.0, 1e19, -1e19, 9.2e18, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300};
        for (double d : ds) {
            System.out.println(d + " -> i=" + (int) d + " l=" + (long) d + " f=" + (float) d + " c=" + (int) (char) d + " b=" + (byte) d + " s=" + (short) d);
        }
        float[] fs = {0.9f, -0.9f, 3e9f, -3e9f, 1e20f, -1e20f, Float.NaN, Float.POSITIVE_INFINITY, 16777217f};
        for (float f : fs) {
            System.out.println(f + " -> i=" + (int) f + " l=" + (long) f + " d=" + (double) f);
        }
        char c = 'A';
        c += 2;
        System.out.println(c);
        c = (char) -1;
        System.out.println((int) c);
        byte b = (byte) 200;
        System.out.println(b + " " + (b & 0xff));
        short s = (short) 40000;
        System.out.println(s);
        System.out.println((double) 0.1f);
        System.out.println((float) 0.1);
        System.out.println((long) 1e18 + " " + (long) 1.5e18f);
        System.out.println((int) 'Z' + (char) 1);
    }
}
