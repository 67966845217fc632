public class FloatArith {
    public static void main(String[] args) {
        float[] vals = {0f, -0f, 1f, -1f, 0.1f, 3.5f, 1e10f, -2.5e-3f, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float a : vals) {
            StringBuilder sb = new StringBuilder();
            for (float b : vals) {
                sb.append(a + b).append(',').append(a - b).append(',').append(a * b).append(',').append(a / b).append(',').append(a % b).append(' ');
            }
            System.out.println(a + ": " + sb);
        }
        float s = 0f;
        for (int i = 0; i < 1000; i++) s += 0.1f;
        System.out.println(s);
        System.out.println(1.0f / 3.0f);
        System.out.println(16777216f + 1f);
        System.out.println((float) 0.1 + (float) 0.2);
        System.out.println(-(0.0f) + " " + (0.0f - 0.0f) + " " + (-0.0f + 0.0f));
        float x = 2f;
        for (int i = 0; i < 10; i++) { x = x * x; System.out.println(x); }
    }
}
