// Local slots reused with different types in sibling scopes (an int, then a reference, then half of a long in
// the same slot: GC maps and OSR state must follow the slot's current type), and the operand-stack shuffles
// javac emits for chained and compound assignments used as values (dup_x1, dup_x2, dup2, dup2_x1, dup2_x2,
// pop, pop2), on every element type, in hot loops with allocation in between.
public class JitSlotsAndStack {
    long lf; double df; int if_; Object of;
    static long slf; static double sdf; static int sif;

    static long slotReuse(int n) {
        long total = 0;
        {
            int a = 0, b = 1;
            for (int i = 0; i < n; i++) { a += i; b ^= a; }
            total += a + b;
        }
        {
            Object a = null, b = "x";
            for (int i = 0; i < n; i++) {
                a = (i & 1) == 0 ? new int[]{i} : b;
                if ((i & 255) == 0) b = "y" + i;
            }
            total += a instanceof int[] ? ((int[]) a)[0] : a.toString().length();
            total += b.hashCode();
        }
        {
            long a = 1;
            double b = 2;
            for (int i = 0; i < n; i++) { a = a * 3 + i; b = b * 0.5 + i; }
            total += a + (long) b;
        }
        {
            String s = "s";
            int k = 0;
            for (int i = 0; i < n; i++) {
                Integer boxed = i;
                s = (i % 1000 == 0) ? s + boxed : s;
                k += boxed;
            }
            total += s.length() + k;
        }
        return total;
    }

    static int sideEffects;
    static int idx(int i) { sideEffects++; return i; }
    static long lret(long v) { sideEffects++; return v * 2; }
    static double dret(double v) { sideEffects++; return v / 2; }

    public static void main(String[] args) {
        long cs = 0;
        for (int r = 0; r < 20; r++) cs = cs * 31 + slotReuse(5000 + r);
        System.out.println("slots " + cs);

        JitSlotsAndStack o = new JitSlotsAndStack();
        int[] ia = new int[8];
        long[] la = new long[8];
        double[] da = new double[8];
        float[] fa = new float[8];
        byte[] ba = new byte[8];
        char[] ca = new char[8];
        short[] sa = new short[8];
        Object[] oa = new Object[8];
        long acc = 0;
        double dacc = 0;
        for (int i = 0; i < 100000; i++) {
            int j = i & 7;
            acc += ia[j]++;                    // iaload via dup2, iastore via dup_x2
            acc += ++ia[idx(j)];
            acc += la[j]++;                    // dup2_x2
            acc += la[j] += i;
            dacc += da[j]--;
            dacc += da[j] *= 1.0001;
            dacc += fa[j] += 0.5f;
            acc += ba[j]++;
            acc += ca[j] += 3;
            acc += sa[j] -= 7;
            acc += o.lf++;                     // dup2_x1
            acc += o.lf += 3;
            dacc += o.df += 0.25;
            acc += o.if_++;                    // dup_x1
            acc += slf++ + sif++;
            dacc += sdf -= 0.5;
            acc += (o.if_ = ia[j] = j * 3);    // chained: dup_x1 and dup_x2
            acc += (o.lf = la[j] = slf = i);   // dup2_x1 and dup2_x2
            dacc += (o.df = da[j] = sdf = i * 0.125);
            Object x = oa[j] = o.of = (i & 3) == 0 ? null : Integer.valueOf(i);
            acc += x == null ? 1 : 2;
            lret(i);                           // results dropped: pop2, pop
            dret(i);
            idx(i);
            o.lf++;
            o.if_++;
            la[j]--;
            if ((i & 1023) == 0) oa[(j + 1) & 7] = new long[]{acc};
        }
        System.out.println("stack " + acc + " " + dacc + " " + sideEffects);
        System.out.println(java.util.Arrays.toString(ia) + " " + java.util.Arrays.toString(la) + " " + java.util.Arrays.toString(fa)
                + " " + java.util.Arrays.toString(ba) + " " + (int) ca[3] + " " + sa[5] + " " + o.lf + " " + o.df + " " + o.if_ + " " + o.of
                + " " + slf + " " + sdf + " " + sif);
    }
}
