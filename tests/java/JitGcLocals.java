// Garbage collection while compiled frames hold references: in locals, in operand-stack slots under a call
// that allocates (foo(new A(), bar(), new B())), in long-lived locals across allocation-heavy loops, in
// objects with many fields, and in arrays; every object is checked after the collections moved it.
public class JitGcLocals {
    static final class A { final int v; final long pad; A(int v) { this.v = v; this.pad = v * 3L; } }
    static final class B { final String s; final A a; B(String s, A a) { this.s = s; this.a = a; } }
    static final class Wide {
        int i0, i1, i2, i3; long l0, l1, l2; double d0, d1; Object o0, o1, o2, o3, o4; String s0, s1; A a0, a1; B b0;
        byte by; short sh; char ch; boolean z; float f;
        Wide(int k) {
            i0 = k; i1 = k + 1; i2 = k + 2; i3 = k + 3; l0 = k * 10L; l1 = -k; l2 = (long) k << 32; d0 = k / 2.0; d1 = -k;
            o0 = new A(k); o1 = "w" + k; o2 = new int[]{k}; o3 = null; o4 = new A(k + 7);
            s0 = Integer.toString(k); s1 = s0 + s0; a0 = new A(-k); a1 = (A) o0; b0 = new B(s1, a0);
            by = (byte) k; sh = (short) k; ch = (char) k; z = (k & 1) == 1; f = k * 0.5f;
        }
        long check() {
            long r = i0 + i1 + i2 + i3 + l0 + l1 + (l2 >>> 32) + (long) d0 + (long) d1 + ((A) o0).v + o1.toString().length()
                + ((int[]) o2)[0] + (o3 == null ? 1 : 0) + ((A) o4).v + Integer.parseInt(s0) + s1.length() + a0.v + a1.pad
                + b0.s.length() + b0.a.v + by + sh + ch + (z ? 1 : 0) + (long) f;
            if (a1 != o0 || b0.a != a0) r += 1000000000L;
            return r;
        }
    }

    static byte[] churn(int n) {
        byte[] last = null;
        for (int i = 0; i < n; i++) last = new byte[64 + (i & 63)];
        return last;
    }

    static int bar(int k) {
        int s = 0;
        for (int i = 0; i < 20; i++) s += new A(k + i).v & 1;
        s += churn(50).length;
        return s;
    }

    static long foo(A a, int mid, B b, long l, A a2, double d) {
        return a.v + mid + b.s.length() + b.a.v + l + a2.pad + (long) d;
    }

    static A makeA(int v) { churn(10); return new A(v); }

    public static void main(String[] args) {
        long sum = 0;
        // references on the operand stack while the next argument's evaluation allocates
        for (int k = 0; k < 3000; k++) {
            sum += foo(new A(k), bar(k), new B("b" + (k & 7), makeA(k * 2)), k * 1000000007L, makeA(k), k / 3.0);
        }
        System.out.println("operand stack " + sum);

        // an array of many-field objects kept in a local; garbage allocated in between
        Wide[] ws = new Wide[200];
        long expect = 0;
        for (int k = 0; k < ws.length; k++) {
            ws[k] = new Wide(k);
            expect += ws[k].check();
            churn(20);
        }
        long got = 0;
        for (int round = 0; round < 10; round++) {
            churn(500);
            got = 0;
            for (Wide w : ws) got += w.check();
        }
        System.out.println("wide " + (got == expect) + " " + got);

        // long/double/reference locals live across an allocation-heavy loop
        A keep = new A(12345);
        B keepB = new B("keep", keep);
        long l = 0x0123456789abcdefL;
        double d = 3.75;
        String str = "str";
        int[] ints = {1, 2, 3};
        for (int i = 0; i < 100000; i++) {
            Object tmp = (i & 1) == 0 ? new A(i) : new B("x", null);
            if ((i & 4095) == 0) str = str + i % 10;
            l += tmp instanceof A ? ((A) tmp).v & 1 : 2;
            d *= 1.0000001;
        }
        System.out.println("keep " + keep.v + " " + keepB.a.v + " " + (keepB.a == keep) + " " + l + " " + d + " " + str + " " + ints[2]);

        // a linked list built while garbage is allocated, then walked and checked
        B head = null;
        for (int i = 0; i < 20000; i++) {
            head = new B("n" + (i % 100), head == null ? new A(i) : new A(head.a.v + 1));
            if ((i & 15) == 0) churn(5);
        }
        System.out.println("list head " + head.s + " " + head.a.v);

        // a 2D array being replaced row by row
        Object[][] grid = new Object[50][];
        for (int r = 0; r < 4000; r++) {
            Object[] row = new Object[20];
            for (int c = 0; c < row.length; c++) row[c] = (c & 1) == 0 ? Integer.valueOf(r + c) : new A(r - c);
            grid[r % grid.length] = row;
        }
        long gs = 0;
        for (Object[] row : grid) for (Object o : row) gs += o instanceof Integer ? (Integer) o : ((A) o).v;
        System.out.println("grid " + gs);

        // exception objects and strings across collections
        String msgs = "";
        for (int i = 0; i < 5000; i++) {
            try {
                if (i % 1000 == 999) throw new IllegalStateException("m" + i);
                churn(3);
            } catch (IllegalStateException e) {
                churn(100);
                msgs += e.getMessage();
            }
        }
        System.out.println("msgs " + msgs);
    }
}
