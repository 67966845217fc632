// Kernel: int[] sorting. A hand-written quicksort (median of three, insertion sort below 16 elements) and
// a bottom-up merge sort with a scratch array, on 200k pseudo-random ints per round, each result checked
// for order and folded into the checksum. Array loads and stores, compares, swaps, recursion.
public class SortInts {
    static void insertion(int[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i], j = i - 1;
            while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static void quicksort(int[] a, int lo, int hi) {
        while (hi - lo >= 16) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[mid]) swap(a, hi, mid);
            int p = a[mid], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) { swap(a, i, j); i++; j--; }
            }
            if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; } else { quicksort(a, i, hi); hi = j; }
        }
        insertion(a, lo, hi);
    }

    static void swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

    static void mergesort(int[] a, int[] tmp) {
        int n = a.length;
        int[] src = a, dst = tmp;
        for (int w = 1; w < n; w <<= 1) {
            for (int lo = 0; lo < n; lo += 2 * w) {
                int mid = Math.min(lo + w, n), hi = Math.min(lo + 2 * w, n), i = lo, j = mid, k = lo;
                while (i < mid && j < hi) dst[k++] = src[i] <= src[j] ? src[i++] : src[j++];
                while (i < mid) dst[k++] = src[i++];
                while (j < hi) dst[k++] = src[j++];
            }
            int[] t = src; src = dst; dst = t;
        }
        if (src != a) System.arraycopy(src, 0, a, 0, n);
    }

    static long fold(int[] a) {
        long h = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1] > a[i]) throw new IllegalStateException("not sorted at " + i);
            h = h * 1_000_003L + a[i];
        }
        return h;
    }

    static final int N = 200_000;
    static final int ROUNDS = 2;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        int[] a = new int[N], b = new int[N], tmp = new int[N];
        int seed = 77;
        long check = 0;
        int rounds = ROUNDS * scale;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < N; i++) {
                seed = seed * 1103515245 + 12345;
                a[i] = (seed >> 4) % (r % 3 == 0 ? 1000 : 1 << 26);   // every third round has many duplicates
                b[i] = a[i];
            }
            quicksort(a, 0, N - 1);
            mergesort(b, tmp);
            check = check * 31 + fold(a);
            check = check * 31 + fold(b) + a[N / 3];
        }
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
