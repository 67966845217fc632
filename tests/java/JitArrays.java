import java.util.Arrays;

// Every array kind loaded and stored from hot code: sign and zero extension (byte vs boolean vs char vs short),
// bounds checks at -1 / length / huge indexes, ArrayStoreException for covariant stores, negative sizes,
// multianewarray with partial and zero dimensions, arraylength, clone, and null arrays.
public class JitArrays {
    static void fill(byte[] b, short[] s, char[] c, int[] i, long[] l, float[] f, double[] d, boolean[] z, Object[] o, int k) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            int v = j * 37 + k;
            b[j] = (byte) (v * 3);
            s[j] = (short) (v * 1001);
            c[j] = (char) (v * 977);
            i[j] = v * 0x10001;
            l[j] = (long) v << 35 | v;
            f[j] = v / 7f;
            d[j] = v / 7.0;
            z[j] = (v & 1) != 0;
            o[j] = (v & 3) == 0 ? null : (v & 3) == 1 ? (Object) Integer.valueOf(v) : "s" + (v & 15);
        }
    }

    static long sum(byte[] b, short[] s, char[] c, int[] i, long[] l, float[] f, double[] d, boolean[] z, Object[] o) {
        long r = 0;
        for (int j = 0; j < b.length; j++) {
            r += b[j];
            r = r * 3 + s[j];
            r = r * 3 + c[j];
            r = r * 3 + i[j];
            r = r * 3 + l[j];
            r = r * 3 + Float.floatToIntBits(f[j]);
            r = r * 3 + Double.doubleToLongBits(d[j]);
            r = r * 3 + (z[j] ? 1 : 2);
            r = r * 3 + (o[j] == null ? 5 : o[j] instanceof Integer ? (Integer) o[j] : ((String) o[j]).length());
        }
        return r;
    }

    static int get(int[] a, int i) { return a[i]; }
    static void put(Object[] a, int i, Object v) { a[i] = v; }
    static int[] alloc(int n) { return new int[n]; }

    static class Animal {}
    static class Dog extends Animal {}
    interface Pet {}
    static class Cat extends Animal implements Pet {}

    public static void main(String[] args) {
        int n = 64;
        byte[] b = new byte[n]; short[] s = new short[n]; char[] c = new char[n]; int[] i = new int[n];
        long[] l = new long[n]; float[] f = new float[n]; double[] d = new double[n]; boolean[] z = new boolean[n];
        Object[] o = new Object[n];
        long total = 0;
        for (int k = 0; k < 1500; k++) {
            fill(b, s, c, i, l, f, d, z, o, k);
            total = total * 7 + sum(b, s, c, i, l, f, d, z, o);
        }
        System.out.println("total " + total);
        System.out.println(b[5] + " " + s[5] + " " + (int) c[5] + " " + i[5] + " " + l[5] + " " + f[5] + " " + d[5] + " " + z[5] + " " + o[5]);
        byte[] bb = {(byte) 0x80, (byte) 0xff, 0x7f};
        char[] cc = {'\uffff', '\u8000', 'A'};
        short[] ss = {(short) 0x8000, (short) 0xffff};
        System.out.println(bb[0] + " " + bb[1] + " " + (bb[1] & 0xff) + " " + (int) cc[0] + " " + (int) cc[1] + " " + ss[0] + " " + ss[1]
                + " " + (cc[0] + 1) + " " + (char) (cc[2] + 1));

        // bounds
        int[] small = new int[5];
        int[] idx = {0, 4, 5, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 3};
        int oob = 0;
        StringBuilder sb = new StringBuilder();
        for (int rep = 0; rep < 2000; rep++) {
            for (int x : idx) {
                try {
                    total += get(small, x);
                } catch (ArrayIndexOutOfBoundsException e) {
                    oob++;
                    if (rep == 0) sb.append(e.getMessage()).append("; ");
                }
            }
        }
        System.out.println("oob " + oob + " " + sb);
        try { get(null, 0); } catch (NullPointerException e) { System.out.println("null array NPE"); }
        try { int[] nul = null; System.out.println(nul.length); } catch (NullPointerException e) { System.out.println("null length NPE"); }

        // covariant stores
        Animal[] animals = new Dog[3];
        Object[] objs = new String[2];
        Pet[] pets = new Cat[2];
        Object[][] nested = new Integer[2][2];
        int ase = 0;
        sb.setLength(0);
        for (int rep = 0; rep < 2000; rep++) {
            try { put(animals, rep % 3, new Dog()); } catch (ArrayStoreException e) { ase += 1000; }
            try { put(animals, 0, rep % 100 == 0 ? new Cat() : new Dog()); } catch (ArrayStoreException e) { ase++; if (rep == 0) sb.append(e.getMessage()).append("; "); }
            try { put(objs, 1, rep % 50 == 0 ? (Object) Integer.valueOf(rep) : "x"); } catch (ArrayStoreException e) { ase++; if (rep == 0) sb.append(e.getMessage()).append("; "); }
            try { put(pets, 0, rep % 200 == 0 ? null : new Cat()); } catch (ArrayStoreException e) { ase += 1000; }
            try { put(nested, 1, rep % 500 == 0 ? new String[1] : new Integer[1]); } catch (ArrayStoreException e) { ase++; if (rep == 0) sb.append(e.getMessage()).append("; "); }
        }
        System.out.println("ase " + ase + " " + sb);

        // sizes
        int neg = 0;
        sb.setLength(0);
        for (int rep = 0; rep < 1000; rep++) {
            try {
                total += alloc(rep % 100 - 1).length;
            } catch (NegativeArraySizeException e) {
                neg++;
                if (rep == 0) sb.append(e.getMessage());
            }
        }
        try { Object x = new long[-5][3]; } catch (NegativeArraySizeException e) { sb.append(" multi ").append(e.getMessage()); }
        try { Object x = new long[3][-7]; } catch (NegativeArraySizeException e) { sb.append(" multi2 ").append(e.getMessage()); }
        System.out.println("neg " + neg + " " + sb + " " + total);

        // multianewarray
        long ms = 0;
        for (int rep = 0; rep < 300; rep++) {
            int[][][] m3 = new int[3][4][5];
            m3[2][3][4] = rep;
            double[][] m2 = new double[rep % 4][];
            String[][][] part = new String[2][rep % 3][];
            char[][] zero = new char[0][7];
            long[][] lz = new long[2][0];
            ms += m3.length * 100 + m3[1].length * 10 + m3[1][2].length + m3[2][3][4] + m2.length + part[1].length + zero.length + lz[1].length;
            if (m2.length > 0 && m2[0] != null) ms += 1000000;
        }
        int[][] jag = new int[4][];
        for (int k = 0; k < 4; k++) jag[k] = new int[k];
        System.out.println("multi " + ms + " " + Arrays.deepToString(jag) + " " + new int[2][3].getClass().getName()
                + " " + new boolean[1][1][1].getClass().getSimpleName());

        // clone, arraycopy, equality
        int[] orig = {1, 2, 3, 4, 5};
        long cl = 0;
        for (int rep = 0; rep < 3000; rep++) {
            int[] cp = orig.clone();
            cp[rep % 5] = -rep;
            System.arraycopy(cp, 1, cp, 0, 4);
            cl += cp[0] + cp[4] + (cp == orig ? 1000 : 0);
        }
        Object[] oc = o.clone();
        System.out.println("clone " + cl + " " + Arrays.toString(orig) + " " + (oc.getClass() == o.getClass()) + " " + Arrays.equals(oc, o));
    }
}
