public class StringConcat {
    static class Pt { int x = 1, y = 2; public String toString() { return "(" + x + "," + y + ")"; } }
    public static void main(String[] args) {
        boolean z = true; byte b = -1; char c = 'c'; short s = 300; int i = -42; long l = 1L << 40; float f = 1.1f; double d = 0.1 + 0.2;
        Object nul = null; String ns = null; Pt p = new Pt(); int[] none = null;
        System.out.println("z=" + z + " b=" + b + " c=" + c + " s=" + s + " i=" + i + " l=" + l + " f=" + f + " d=" + d);
        System.out.println("nul=" + nul + " ns=" + ns + " p=" + p + " none=" + none);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 1 + "b" + 'c' + 1);
        System.out.println("" + Float.NaN + Double.NEGATIVE_INFINITY + (-0.0f) + 1e21 + 1e-7f);
        String acc = "";
        for (int k = 0; k < 10; k++) acc += k + ",";
        System.out.println(acc);
        String t = "x";
        t += 1; t += 'y'; t += 2.5; t += null; t += true;
        System.out.println(t);
        char[] arr = {'h', 'i'};
        System.out.println("arr=" + String.valueOf(arr));
        System.out.println(Integer.MIN_VALUE + "" + Long.MAX_VALUE);
        System.out.println("" + (char) 65 + (char) 0x263A);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder:" + sb);
        String u = "\u00e9\u00e8";
        System.out.println(u + u.length());
        String longConcat = "a" + 1 + 'b' + 2L + 'c' + 3.0f + 'd' + 4.0 + 'e' + true + 'f' + null + 'g' + p + 'h' + (byte) 5 + (short) 6;
        System.out.println(longConcat);
        final String k1 = "con", k2 = "cat";
        System.out.println((k1 + k2) == "concat");
    }
}
