import java.util.*;
public class SortAlgorithms {
    static void bubble(int[] a) { for (int i = 0; i < a.length; i++) for (int j = 0; j + 1 < a.length - i; j++) if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } }
    static void insertion(int[] a) { for (int i = 1; i < a.length; i++) { int k = a[i], j = i - 1; while (j >= 0 && a[j] > k) { a[j + 1] = a[j]; j--; } a[j + 1] = k; } }
    static void quick(int[] a, int lo, int hi) { if (lo >= hi) return; int p = a[(lo + hi) >>> 1], i = lo, j = hi; while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } } quick(a, lo, j); quick(a, i, hi); }
    static void merge(int[] a, int[] tmp, int lo, int hi) { if (hi - lo < 2) return; int mid = (lo + hi) >>> 1; merge(a, tmp, lo, mid); merge(a, tmp, mid, hi); int i = lo, j = mid, k = lo; while (i < mid || j < hi) tmp[k++] = (j >= hi || (i < mid && a[i] <= a[j])) ? a[i++] : a[j++]; System.arraycopy(tmp, lo, a, lo, hi - lo); }
    static void heap(int[] a) { int n = a.length; for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n); for (int e = n - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, 0, e); } }
    static void sift(int[] a, int i, int n) { while (true) { int l = 2 * i + 1, m = i; if (l < n && a[l] > a[m]) m = l; if (l + 1 < n && a[l + 1] > a[m]) m = l + 1; if (m == i) return; int t = a[i]; a[i] = a[m]; a[m] = t; i = m; } }
    static void counting(int[] a, int max) { int[] c = new int[max + 1]; for (int v : a) c[v]++; int k = 0; for (int v = 0; v <= max; v++) while (c[v]-- > 0) a[k++] = v; }
    static void shell(int[] a) { for (int gap = a.length / 2; gap > 0; gap /= 2) for (int i = gap; i < a.length; i++) { int t = a[i], j = i; while (j >= gap && a[j - gap] > t) { a[j] = a[j - gap]; j -= gap; } a[j] = t; } }
    static long checksum(int[] a) { long h = 0; for (int v : a) h = h * 31 + v; return h; }
    public static void main(String[] args) {
        Random r = new Random(31337);
        int[] base = new int[3000];
        for (int i = 0; i < base.length; i++) base[i] = r.nextInt(10000);
        int[] ref = base.clone(); Arrays.sort(ref);
        System.out.println("reference " + checksum(ref) + " " + ref[0] + " " + ref[ref.length - 1]);
        int[] a;
        a = base.clone(); bubble(a); System.out.println("bubble " + Arrays.equals(a, ref));
        a = base.clone(); insertion(a); System.out.println("insertion " + Arrays.equals(a, ref));
        a = base.clone(); quick(a, 0, a.length - 1); System.out.println("quick " + Arrays.equals(a, ref));
        a = base.clone(); merge(a, new int[a.length], 0, a.length); System.out.println("merge " + Arrays.equals(a, ref));
        a = base.clone(); heap(a); System.out.println("heap " + Arrays.equals(a, ref));
        a = base.clone(); counting(a, 9999); System.out.println("counting " + Arrays.equals(a, ref));
        a = base.clone(); shell(a); System.out.println("shell " + Arrays.equals(a, ref));
        int[] small = {5, -1, 3, 3, 0, 9, -7};
        quick(small, 0, small.length - 1);
        System.out.println(Arrays.toString(small));
        String[] words = "the quick brown fox jumps over the lazy dog".split(" ");
        for (int i = 1; i < words.length; i++) { String k = words[i]; int j = i - 1; while (j >= 0 && words[j].compareTo(k) > 0) { words[j + 1] = words[j]; j--; } words[j + 1] = k; }
        System.out.println(String.join(",", words));
    }
}
