public class GcArrays {
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 2000; i++) { int[] a = new int[10_000]; a[i % a.length] = i; sum += a[i % a.length] + a.length; }
        System.out.println("int arrays: " + sum);
        long[][] rows = new long[500][];
        for (int r = 0; r < 50; r++) for (int i = 0; i < rows.length; i++) { rows[i] = new long[1000 + i]; rows[i][i] = r; }
        long s2 = 0; for (long[] row : rows) s2 += row.length + row[rows.length - 1 < row.length ? 0 : 0];
        System.out.println("rows: " + s2);
        byte[] big = null;
        for (int i = 0; i < 40; i++) { big = new byte[4 << 20]; big[big.length - 1] = (byte) i; }
        System.out.println("big last=" + big[big.length - 1] + " len=" + big.length);
        Object[] refs = new Object[10_000];
        for (int round = 0; round < 30; round++) for (int i = 0; i < refs.length; i++) refs[i] = (i % 3 == 0) ? new double[4] : (i % 3 == 1) ? "s" + (i % 10) : new Object[]{refs[(i * 7) % refs.length]};
        int nulls = 0, arrays = 0;
        for (Object o : refs) { if (o instanceof Object[] oa) { arrays++; if (oa[0] == null) nulls++; } }
        System.out.println("arrays=" + arrays + " nulls=" + nulls);
    }
}
