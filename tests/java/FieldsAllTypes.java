public class FieldsAllTypes {
    boolean z; byte b; char c; short s; int i; long l; float f; double d; Object o; String str; int[] arr;
    static boolean sz; static byte sb; static char sc; static short ss; static int si; static long sl; static float sf; static double sd; static Object so;
    static class Sub extends FieldsAllTypes { int i = 99; long extra = -5; }
    public String toString() { return z + " " + b + " " + (int) c + " " + s + " " + i + " " + l + " " + f + " " + d + " " + o + " " + str + " " + (arr == null ? "null" : arr.length); }
    public static void main(String[] args) {
        FieldsAllTypes t = new FieldsAllTypes();
        System.out.println(t);
        System.out.println(sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        t.z = true; t.b = -7; t.c = 'q'; t.s = -300; t.i = 1 << 30; t.l = 1L << 50; t.f = 0.75f; t.d = 1e100; t.o = "obj"; t.str = "str"; t.arr = new int[3];
        System.out.println(t);
        sz = true; sb = 100; sc = '\u1234'; ss = Short.MIN_VALUE; si = -1; sl = Long.MIN_VALUE; sf = Float.MAX_VALUE; sd = Double.MIN_NORMAL; so = 5;
        System.out.println(sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        Sub sub = new Sub();
        FieldsAllTypes up = sub;
        up.i = 5;
        System.out.println(sub.i + " " + up.i + " " + ((FieldsAllTypes) sub).i + " " + sub.extra);
        t.b += 200; t.c += 1; t.s *= 200; t.f /= 3; t.d -= 1e100; t.l >>= 10;
        System.out.println(t);
    }
}
