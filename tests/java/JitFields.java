// Static and instance fields of every type (plain and volatile) read and written from hot code; inherited and
// hidden fields; class initialisation triggered for the first time from inside a hot loop by getstatic,
// putstatic, invokestatic and new (in a defined order, once), and a failing static initialiser seen from hot
// code (ExceptionInInitializerError, then NoClassDefFoundError).
public class JitFields {
    static byte sb; static short ss; static char sc; static int si; static long sl; static float sf; static double sd;
    static boolean sz; static Object so; static String sstr;
    static volatile byte vb; static volatile int vi; static volatile long vl; static volatile double vd;
    static volatile boolean vz; static volatile Object vo;

    byte b; short s; char c; int i; long l; float f; double d; boolean z; Object o; int[] arr;
    volatile long ivl; volatile double ivd; volatile int ivi; volatile Object ivo; volatile char ivc;

    static class Parent { int x = 1; static int sx = 10; int px = 5; }
    static class Child extends Parent { int x = 2; static int sx = 20; int sum() { return x + super.x + px; } }

    static final StringBuilder LOG = new StringBuilder();
    static class InitA { static int v; static { LOG.append("A "); v = 42; } }
    static class InitB { static long w; static { LOG.append("B "); } }
    static class InitC { static int m() { return 7; } static { LOG.append("C "); } }
    static class InitD { int k = 3; static { LOG.append("D "); } }
    static class InitE extends InitA { static int e = v + 1; static { LOG.append("E "); } }
    static class Bad { static int v; static { if (LOG.length() >= 0) throw new IllegalStateException("bad init"); } }
    interface WithConst { int C = 5; Object O = log("I "); }
    static Object log(String s) { LOG.append(s); return s; }

    static long step(JitFields t, int k) {
        t.b += (byte) k; t.s -= (short) k; t.c += (char) 3; t.i ^= k; t.l += (long) k << 33; t.f += 0.5f; t.d -= 0.25;
        t.z = !t.z; t.o = (k & 1) == 0 ? t : null; t.arr[k & 3] += k;
        sb -= (byte) k; ss += (short) (k * 7); sc ^= (char) k; si += k; sl -= k * 0x100000001L; sf *= 1.0001f; sd += k;
        sz ^= (k & 2) != 0; so = t.o; sstr = (k & 7) == 0 ? "s" + k : sstr;
        vb += 1; vi += k; vl += k * 3L; vd += 1.5; vz = !vz; vo = (k & 1) == 1 ? "odd" : null;
        t.ivl -= k; t.ivd += 0.125; t.ivi |= k; t.ivo = vo; t.ivc += 1;
        return t.b + t.s + t.c + t.i + t.l + (long) t.f + (long) t.d + (t.z ? 1 : 0) + (t.o == null ? 0 : 1)
             + sb + ss + sc + si + sl + (long) sf + (long) sd + (sz ? 1 : 0) + vb + vi + vl + (long) vd + (vz ? 1 : 0)
             + t.ivl + (long) t.ivd + t.ivi + t.ivc + (t.ivo == null ? 0 : 1);
    }

    public static void main(String[] args) {
        JitFields t = new JitFields();
        t.arr = new int[4];
        sf = 1;
        long cs = 0;
        for (int k = 0; k < 100000; k++) cs = cs * 31 + step(t, k);
        System.out.println("checksum " + cs);
        System.out.println(t.b + " " + t.s + " " + (int) t.c + " " + t.i + " " + t.l + " " + t.f + " " + t.d + " " + t.z + " " + (t.o == t));
        System.out.println(sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + sz + " " + (so == null) + " " + sstr);
        System.out.println(vb + " " + vi + " " + vl + " " + vd + " " + vz + " " + vo + " " + t.ivl + " " + t.ivd + " " + t.ivi + " " + t.ivo + " " + (int) t.ivc);
        System.out.println(java.util.Arrays.toString(t.arr));

        Child ch = new Child();
        Parent asParent = ch;
        long hs = 0;
        for (int k = 0; k < 20000; k++) hs += ch.x * 100 + asParent.x * 10 + ch.sum() + Child.sx + Parent.sx + ((Parent) ch).px;
        System.out.println("hidden " + hs);

        // first uses from inside a loop that is hot by then
        long acc = 0;
        for (int k = 0; k < 50000; k++) {
            acc += k & 3;
            if (k == 10000) acc += InitA.v;
            if (k == 20000) InitB.w = 5;
            if (k == 30000) acc += InitC.m();
            if (k == 40000) acc += new InitD().k;
            if (k == 45000) acc += InitE.e;
            if (k == 46000) acc += WithConst.C;
            if (k == 47000) acc += WithConst.O.hashCode();
            if (k >= 48000 && k < 48003) {
                try {
                    acc += Bad.v;
                } catch (ExceptionInInitializerError e) {
                    LOG.append("EIIE:").append(e.getCause().getMessage()).append(' ');
                } catch (NoClassDefFoundError e) {
                    LOG.append("NCDFE ");
                }
            }
        }
        System.out.println("init order " + LOG + "acc " + acc + " " + InitB.w);
    }
}
