import java.util.Arrays;

// GC test: references copied with System.arraycopy (and Arrays.copyOf, clone) between old and young arrays:
// young objects copied into an old array must be found by the next minor collection (the copy's card
// marking), including overlapping copies inside one array and copies cut short by an ArrayStoreException.
// A 48 MB heap (GcArraycopy.opts).
public class GcArraycopy {
    static final class Box {
        final int v;
        Box(int v) { this.v = v; }
    }

    static long churn(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            Object[] o = new Object[] {new Box(i), new int[i & 7]};
            s += ((Box) o[0]).v;
        }
        return s;
    }

    static long sum(Object[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            Object o = a[i];
            s = s * 31 + (o == null ? 7 : o instanceof Box ? ((Box) o).v : o instanceof String ? o.hashCode() : 3);
        }
        return s;
    }

    public static void main(String[] args) {
        Object[] old = new Object[100_000];
        for (int i = 0; i < old.length; i++) old[i] = new Box(-i);
        System.gc();                                    // `old` and its boxes are old from here on
        long junk = 0;

        // Young boxes copied into the old array in blocks.
        for (int round = 0; round < 20; round++) {
            Object[] young = new Object[5_000];
            for (int i = 0; i < young.length; i++) young[i] = new Box(round * 100_000 + i);
            System.arraycopy(young, 0, old, round * 9_973 % (old.length - young.length), young.length);
            young = null;
            junk += churn(5_000);
        }
        System.out.println("young into old: " + sum(old));

        // Overlapping copies inside the old array, forwards and backwards, after fresh young stores.
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 1_000; i++) old[round * 1_000 + i] = new Box(7_000_000 + round * 1_000 + i);
            System.arraycopy(old, round * 1_000, old, round * 1_000 + 333, 5_000);
            System.arraycopy(old, 50_000 + round * 700, old, 49_000 + round * 700, 4_000);
            junk += churn(5_000);
        }
        System.out.println("overlapping: " + sum(old));

        // Old contents copied into young arrays, which are then kept in an old holder.
        Object[][] holder = new Object[50][];
        for (int round = 0; round < 50; round++) {
            Object[] y = new Object[4_000];
            System.arraycopy(old, round * 3_000, y, 0, y.length);
            y[round] = new Box(round);
            holder[round] = y;
            junk += churn(2_000);
        }
        long hs = 0;
        for (Object[] y : holder) hs = hs * 17 + sum(y);
        System.out.println("old into young: " + hs);

        // Arrays.copyOf / copyOfRange / clone of an old array: young copies that refer to old and young boxes.
        Object[] grown = Arrays.copyOf(old, old.length + 1_000);
        for (int i = old.length; i < grown.length; i++) grown[i] = new Box(i);
        Object[] range = Arrays.copyOfRange(old, 10_000, 30_000);
        Object[] cl = old.clone();
        junk += churn(20_000);
        System.out.println("copies: " + sum(grown) + " " + sum(range) + " " + sum(cl) + " " + (cl[5] == old[5]));

        // Copies cut short by an ArrayStoreException: the elements before the bad one are copied.
        Box[] boxes = new Box[60_000];
        Object[] mixed = new Object[3_000];
        int stores = 0;
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < mixed.length; i++) mixed[i] = i == 1_500 + round ? "not a box" : new Box(round * 10_000 + i);
            try {
                System.arraycopy(mixed, 0, boxes, round * 5_000, mixed.length);
            } catch (ArrayStoreException e) {
                stores++;
            }
            junk += churn(4_000);
        }
        System.out.println("partial: " + stores + " " + sum(boxes) + " " + (boxes[1_500] != null) + " " + (boxes[1_501] == null));

        // Copies between two old arrays after young stores, then a full collection.
        Object[] old2 = new Object[old.length];
        System.arraycopy(old, 0, old2, 0, old.length);
        for (int i = 0; i < old2.length; i += 10) old2[i] = new Box(i * 3);
        System.arraycopy(old2, 0, old, 0, old.length / 2);
        System.gc();
        System.out.println("old to old: " + sum(old) + " " + sum(old2));
        System.out.println("junk " + junk);
    }
}
