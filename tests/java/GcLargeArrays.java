// GC test: arrays larger than the young generation (GcLargeArrays.opts: -Xmn8m) that hold references to
// young objects. Ember allocates them directly in the old generation, so every store of a young object into
// them is an old-to-young reference that minor collections must find (through the card table) and update
// when the young object moves. Large primitive arrays are mutated and checked across full collections too.
public class GcLargeArrays {
    static final class Item {
        final int round, index;
        Item link;
        Item(int round, int index) { this.round = round; this.index = index; }
    }

    static final int N = 1 << 20;       // Object[N]: 8 MB with 64-bit references, 4 MB compressed

    // Allocates about 8 MB of short-lived arrays, enough for at least one minor collection.
    static long churn(int seed) {
        long s = 0;
        for (int i = 0; i < 2048; i++) {
            byte[] b = new byte[4000];
            b[i % b.length] = (byte) (i + seed);
            s += b[i % b.length];
        }
        return s;
    }

    public static void main(String[] args) {
        Object[] big = new Object[N];
        int[] ints = new int[2 * N];        // 8 MB
        long[] longs = new long[N / 2];     // 4 MB
        long junk = 0;

        // Phase 1: every slot of the big array points into a small pool of young objects.
        for (int round = 0; round < 4; round++) {
            Item[] pool = new Item[1024];
            for (int i = 0; i < pool.length; i++) pool[i] = new Item(round, i);
            for (int i = 0; i < N; i++) big[i] = pool[(i * 7 + round) & 1023];
            pool = null;
            junk += churn(round);
            long s = 0;
            for (int i = 0; i < N; i++) {
                Item it = (Item) big[i];
                if (it.round != round || it.index != ((i * 7 + round) & 1023)) { s = -1 - i; break; }
                s += it.index;
            }
            System.out.println("pool round " + round + ": " + s);
        }

        // Phase 2: windows of distinct young objects, each linked to the object at the same index of the
        // previous window (whose own link is cut, and the window before is cleared, so the live set stays at
        // two windows).
        int window = N / 32;
        for (int round = 0; round < 8; round++) {
            int base = (round % 32) * window;
            int prev = ((round + 31) % 32) * window;
            for (int i = 0; i < window; i++) {
                Item it = new Item(round, i);
                if (round > 0) {
                    Item p = (Item) big[prev + i];
                    it.link = p;
                    p.link = null;
                }
                big[base + i] = it;
            }
            int stale = ((round + 30) % 32) * window;
            for (int i = 0; i < window; i++) big[stale + i] = null;
            junk += churn(round);
            for (int i = round; i < ints.length; i += 97) ints[i] += round * 3 + i;
            for (int i = round; i < longs.length; i += 89) longs[i] += (long) round << 40 | i;
            if (round % 4 == 3) System.gc();
            long s = 0;
            int links = 0;
            for (int i = 0; i < 2 * window; i++) {
                Item it = (Item) big[(prev + i) % N];
                s = s * 31 + it.round * 100_003L + it.index;
                if (it.link != null) {
                    links++;
                    if (it.link.index != it.index || it.link.round != it.round - 1 || it.link.link != null) s ^= 0x5555;
                }
            }
            System.out.print("window round " + round + ": " + s + " links=" + links);
            if (round % 3 == 2) {
                long is = 0;
                for (int v : ints) is = is * 17 + v;
                long ls = 0;
                for (long v : longs) ls = ls * 13 + v;
                System.out.print(" ints=" + is + " longs=" + ls);
            }
            System.out.println();
        }
        int nulls = 0;
        for (Object o : big) if (o == null) nulls++;
        System.out.println("nulls " + nulls);

        // Phase 3: a large array of large arrays (each 1 MB), replaced one by one.
        int[][] rows = new int[24][];
        for (int round = 0; round < 3; round++) {
            for (int r = 0; r < rows.length; r++) {
                int[] row = new int[1 << 18];
                for (int i = 0; i < row.length; i += 1024) row[i] = r * round + i;
                rows[r] = row;
            }
            long s = 0;
            for (int[] row : rows) for (int i = 0; i < row.length; i += 1024) s += row[i];
            System.out.println("rows round " + round + ": " + s);
        }
        System.out.println("junk " + junk);
    }
}
