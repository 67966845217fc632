// Branch shapes a template compiler emits one by one: every if<cond> / if_icmp<cond> / if_acmp<cond> /
// ifnull / ifnonnull, lcmp/fcmp/dcmp feeding branches, short-circuit && || and ternaries producing booleans
// and values of every type, labeled break and continue out of nested loops, loops whose counters overflow,
// and conditions on values that live in different slot kinds.
public class JitControlFlow {
    static int branches(int a, int b, Object x, Object y) {
        int r = 0;
        if (a == 0) r += 1;
        if (a != 0) r += 2;
        if (a < 0) r += 4;
        if (a <= 0) r += 8;
        if (a > 0) r += 16;
        if (a >= 0) r += 32;
        if (a == b) r += 64;
        if (a != b) r += 128;
        if (a < b) r += 256;
        if (a <= b) r += 512;
        if (a > b) r += 1024;
        if (a >= b) r += 2048;
        if (x == y) r += 4096;
        if (x != y) r += 8192;
        if (x == null) r += 16384;
        if (y != null) r += 32768;
        return r;
    }

    static long ternaries(int k, long l, double d, float f, String s) {
        boolean p = k > 3 && l < 100 || d != d;
        boolean q = !(k % 3 == 0) ^ (s == null);
        long lv = p ? l * 2 : q ? -l : l + k;
        double dv = k < 0 ? d : k == 0 ? -d : d * k;
        float fv = q ? f : -f;
        String sv = s != null && s.length() > 2 ? s : "short";
        char cv = p ? 'p' : 'n';
        byte bv = (byte) (q ? k : -k);
        return lv + (long) dv + (long) (fv * 4) + sv.length() + cv + bv + (p ? 1 : 0) + (q ? 2 : 0);
    }

    static int labeled(int n) {
        int found = 0;
        outer:
        for (int i = 0; i < n; i++) {
            inner:
            for (int j = 0; j < n; j++) {
                if (j > i) continue outer;
                if ((i * j) % 7 == 6) break inner;
                if (i * j > n * 3) break outer;
                if ((i + j) % 5 == 0) continue;
                found += i ^ j;
            }
            found++;
        }
        return found;
    }

    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 5, -5, Integer.MAX_VALUE, Integer.MIN_VALUE};
        Object o1 = new Object(), o2 = "s";
        Object[] objs = {null, o1, o2};
        long cs = 0;
        for (int rep = 0; rep < 2000; rep++) {
            for (int a : vals) for (int b : vals) for (Object x : objs) cs = cs * 31 + branches(a, b, x, objs[(rep + a) & 1 ^ 1]);
        }
        System.out.println("branches " + cs);

        cs = 0;
        for (int k = -50; k < 50000; k++) {
            cs += ternaries(k, k * 3L - 7, k == 77 ? Double.NaN : k * 0.5, k * 0.25f, k % 4 == 0 ? null : k % 4 == 1 ? "ab" : "abcd");
        }
        System.out.println("ternaries " + cs);
        System.out.println("labeled " + labeled(300));

        // loops across the int boundary
        int c = 0;
        for (int i = Integer.MAX_VALUE - 100; i > 0; i++) c++;
        for (int i = Integer.MIN_VALUE + 100; i < 0 && i != Integer.MIN_VALUE; i--) c++;
        int u = 0;
        for (int i = -10; Integer.compareUnsigned(i, 10) != 0; i++) u++;
        long lc = 0;
        for (long i = Long.MAX_VALUE - 50; i > 0; i++) lc++;
        System.out.println("wrap " + c + " " + u + " " + lc);

        // conditions mixing long, float, double
        long ls = 0;
        for (int i = 0; i < 100000; i++) {
            long l = (long) i * i - 5000000000L;
            float f = i - 50000.5f;
            double d = Math.sqrt(i) - 100;
            if (l > 0 && f < 0) ls += 1;
            if (l < 0 || d > 200) ls += 2;
            if (f == 0 || d == 0) ls += 1000;
            if (l == -4999999999L) ls += 77;
            if (Long.compare(l, 0) * Float.compare(f, 0) < 0) ls += 3;
        }
        System.out.println("mixed " + ls);

        // a state machine: a while(true) loop around a switch with breaks and continues
        String prog = "abbacabbbcaaccbabcabbabcabcbbbacab";
        int state = 0, steps = 0, accept = 0;
        for (int rep = 0; rep < 3000; rep++) {
            int pos = 0;
            loop:
            while (true) {
                if (pos >= prog.length()) break;
                char ch = prog.charAt(pos++);
                steps++;
                switch (state) {
                    case 0:
                        if (ch == 'a') { state = 1; continue loop; }
                        break;
                    case 1:
                        if (ch == 'b') state = 2; else if (ch == 'c') { state = 0; continue; }
                        break;
                    case 2:
                        if (ch == 'c') { accept++; state = 0; if (accept % 1000 == 999) break loop; }
                        break;
                    default:
                        throw new AssertionError();
                }
            }
        }
        System.out.println("fsm " + state + " " + steps + " " + accept);
    }
}
