public class FloatToString {
    public static void main(String[] args) {
        float[] vals = {0f, -0f, 1f, 1.1f, 0.1f, 0.2f, 0.1f + 0.2f, 1e-5f, 1e7f, 1e6f, 9999999f, 1.0E10f, 3.4028235e38f, Float.MIN_VALUE, Float.MIN_NORMAL,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 123456.79f, 16777216f, 16777217f, 3.14159265f, 2.7182817f, 1f / 3f, 100f, 0.001f, 1.0e-3f, 33.333f, 1e38f, 1.17549435E-38f};
        for (float v : vals) System.out.println(v + " " + Float.toString(v) + " " + (double) v);
        float x = 1;
        for (int i = 0; i < 15; i++) { System.out.print(x + " "); x *= 10; }
        System.out.println();
        x = 1;
        for (int i = 0; i < 15; i++) { System.out.print(x + " "); x /= 10; }
        System.out.println();
        for (int i = 1; i <= 20; i++) System.out.print((1f / i) + " ");
        System.out.println();
        System.out.println(Float.toHexString(1.0f) + " " + Float.intBitsToFloat(0x3f800001) + " " + Float.floatToIntBits(1.5f) + " " + Float.floatToRawIntBits(-0f));
    }
}
