public class ConstantsLdc {
    static final int BIG = 1234567890;
    static final long LBIG = 9876543210123L;
    static final float FC = 3.14159f;
    static final double DC = 2.718281828459045;
    static final String S = "constant" + BIG;
    static final char CH = '\u0041';
    public static void main(String[] args) {
        int[] ic = {-1, 0, 1, 2, 3, 4, 5, 6, -128, 127, 128, -129, 32767, 32768, -32768, -32769, 65535, 1 << 20, BIG};
        for (int i : ic) System.out.print(i + " ");
        System.out.println();
        long[] lc = {0L, 1L, 2L, -1L, 255L, LBIG, Long.MAX_VALUE};
        for (long l : lc) System.out.print(l + " ");
        System.out.println();
        float[] fc = {0f, 1f, 2f, 3f, -1f, 0.5f, FC, 1e-40f};
        for (float f : fc) System.out.print(f + " ");
        System.out.println();
        double[] dc = {0d, 1d, 2d, -1d, 0.25, DC, 1e-320, 6.02214076e23};
        for (double d : dc) System.out.print(d + " ");
        System.out.println();
        System.out.println(S + " " + CH + " " + (int) CH);
        System.out.println("\t|\\|\"|\'|\u00e9".length());
        System.out.println(Integer.MAX_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        Class<?>[] cls = {int.class, String.class, int[].class, ConstantsLdc.class, void.class, Integer.TYPE};
        for (Class<?> c : cls) System.out.print(c.getName() + " ");
        System.out.println();
        String s1 = "hello", s2 = "hel" + "lo";
        System.out.println(s1 == s2);
        final String part = "hel";
        String s3 = part + "lo";
        System.out.println(s1 == s3);
        System.out.println(0x7fffffff + 0x1 + " " + 017 + " " + 0b101 + " " + 1_000_000 + " " + 0xFFFFFFFFFFL + " " + 1e3 + " " + 0x1p4 + " " + 1.5e-3f);
    }
}
