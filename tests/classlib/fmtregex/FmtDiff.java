// Differential test: fmtshadow.util.Formatter (shadow copy of Ember's java.util.Formatter)
// against HotSpot's java.util.Formatter.  Usage: java FmtDiff [iterations] [seed]
import java.util.*;

public class FmtDiff {
    static int fails = 0, total = 0;

    static String real(String f, Object[] a) {
        try { return "OK[" + String.format(f, a) + "]"; }
        catch (Exception e) { return e.getClass().getSimpleName() + ": " + e.getMessage(); }
    }
    static String mine(String f, Object[] a) {
        try { return "OK[" + new fmtshadow.util.Formatter().format(f, a).toString() + "]"; }
        catch (Exception e) { return e.getClass().getSimpleName() + ": " + e.getMessage(); }
    }
    static void cmp(String f, Object... a) {
        total++;
        String r = real(f, a), m = mine(f, a);
        if (!r.equals(m)) {
            fails++;
            if (fails <= 60) System.out.println("MISMATCH fmt=" + f + " args=" + desc(a) + "\n  jdk : " + r + "\n  mine: " + m);
        }
    }
    static String desc(Object[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (Object o : a) sb.append(o == null ? "null" : o.getClass().getSimpleName() + ":" + (o instanceof Double ? Double.doubleToRawLongBits((Double) o) + "/" + o : o)).append(", ");
        return sb.append("]").toString();
    }

    static Random r;
    static double randDouble() {
        switch (r.nextInt(10)) {
            case 0: return Double.longBitsToDouble(r.nextLong());
            case 1: { double[] sp = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                      Double.MIN_VALUE, Double.MAX_VALUE, 1e23, 2e23, 0.125, 0.05, 1.0005, 0.15, 9.9995, 999999.5, 0.00009999995, 1e-5, 1e-4, 1e7, 1e16, 1e17};
                      return sp[r.nextInt(sp.length)] * (r.nextBoolean() ? 1 : -1); }
            case 2: return r.nextInt(2000000) / Math.pow(10, r.nextInt(10)) * (r.nextBoolean() ? 1 : -1);
            case 3: return (r.nextInt(200) - 100) + r.nextInt(1000) / 1000.0 + 0.0005;
            case 4: return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            case 5: return (double) r.nextLong();
            case 6: return Math.scalb((double) (r.nextLong() >>> 11), r.nextInt(200) - 100);
            default: return (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 4);
        }
    }
    static Object randArg() {
        switch (r.nextInt(16)) {
            case 0: return r.nextInt();
            case 1: return r.nextInt(2000) - 1000;
            case 2: return r.nextLong();
            case 3: return (long) (r.nextInt(100000) - 50000);
            case 4: return (short) r.nextInt();
            case 5: return (byte) r.nextInt();
            case 6: case 7: case 8: return randDouble();
            case 9: return (float) randDouble();
            case 10: return "str" + r.nextInt(100);
            case 11: return null;
            case 12: return (char) ('a' + r.nextInt(26));
            case 13: return r.nextBoolean();
            case 14: return r.nextInt(0x110000 + 10) - 5;
            default: return new int[0].length + r.nextInt(7) == 3 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        }
    }
    static final String CONVS = "dddxxXooeeEffffggGsSbBcChHn%";
    static String randSpec() {
        StringBuilder sb = new StringBuilder("%");
        int k = r.nextInt(12);
        if (k == 0) sb.append(1 + r.nextInt(3)).append('$');
        if (k == 1) sb.append("<");
        int nf = r.nextInt(4) == 0 ? r.nextInt(3) + 1 : (r.nextInt(3) == 0 ? 1 : 0);
        for (int i = 0; i < nf; i++) sb.append("-#+ 0,(".charAt(r.nextInt(7)));
        if (r.nextInt(2) == 0) sb.append(1 + r.nextInt(r.nextBoolean() ? 12 : 30));
        if (r.nextInt(3) == 0) sb.append('.').append(r.nextInt(r.nextBoolean() ? 4 : 25));
        if (r.nextInt(150) == 0) sb.append("qyzj.".charAt(r.nextInt(5)));
        else sb.append(CONVS.charAt(r.nextInt(CONVS.length())));
        return sb.toString();
    }

    public static void main(String[] args) {
        int iters = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        r = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42);
        // fixed edge cases
        String[] fixed = {"%.2f", "%.1f", "%.3f", "%f", "%e", "%g", "%.0f", "%.0e", "%.20f", "%.17e", "%,f", "%,.3f", "%(,015.2f", "%+g", "% .3e", "%#.0f", "%#.0e", "%.0g", "%G", "%E", "%010.4f", "%-12.3e|"};
        double[] vals = {0.125, 0.05, 1.0005, 0.15, 1e20, 1e300, 1e-300, 0.5, 1.5, 2.5, 0.0, -0.0, 1e23, 2e23, 123456.789, 9.9995, 999999.5, 0.00009999995, 0.0001, 1e-5, Double.MIN_VALUE, Double.MAX_VALUE, -1234567.891, 5e-324, 0.1 + 0.2, 1.0 / 3};
        for (String f : fixed) for (double v : vals) cmp(f, v);
        String[] fixed2 = {"%", "abc%", "%5.q", "%-d", "%1$-s", "%-1$s", "%0$s", "%<s", "%-%", "%-5%", "%05%", "%5n", "%-n", "%#b", "%+s", "%-08d", "%+ d", "%#d", "%.2d",
            "%.2c", "%,x", "%+x", "%,e", "%#g", "%c", "%3$s %s %s %<s", "%s %s", "%2$s", "%--5d", "%99999999999s", "%99999999999$s", "%1.s", "%.s", "%5", "%5.", "%-", "%$s", "%1$", "%<<s", "%1$<s",
            "%,d", "%,010d", "%(08d", "%#o", "%#x", "%08X", "%#010x", "%-#10o|", "%h", "%H", "%10.3S", "%S", "%.1s", "%b", "%B", "%5c", "%C", "%-5c|", "%n", "%%", "%10%", "%s%n%s", "%.5%", "%#s", "%#h", "%(s", "%0s", "% c", "%,c", "%(x", "%#c"};
        Object[][] argsets = {{}, {1}, {-1}, {"a"}, {"hello", "b", "c"}, {null}, {'x'}, {(byte) -1}, {0x1F600}, {-1L}, {12345678}, {-1234567}, {1.5}, {true}, {(short) -5}};
        for (String f : fixed2) for (Object[] a : argsets) cmp(f, a);
        for (int i = 0; i < iters; i++) {
            int n = 1 + r.nextInt(3);
            StringBuilder f = new StringBuilder();
            for (int j = 0; j < n; j++) { if (r.nextBoolean()) f.append("x"); f.append(randSpec()); }
            Object[] a = new Object[r.nextInt(4)];
            for (int j = 0; j < a.length; j++) a[j] = randArg();
            cmp(f.toString(), a);
        }
        // dedicated double sweep: each value under several conversions
        for (int i = 0; i < iters; i++) {
            double v = randDouble();
            int p = r.nextInt(20);
            cmp("%." + p + "f", v); cmp("%." + p + "e", v); cmp("%." + p + "g", v); cmp("%,." + p + "f", v);
            cmp("%f %e %g", v, v, v);
            cmp("%.3f", (float) v);
        }
        System.out.println("FmtDiff: " + total + " cases, " + fails + " mismatches");
        if (fails != 0) System.exit(1);
    }
}
