package java.util;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.IntToLongFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Ember's java.util.Arrays. Primitive sorts use a plain quicksort with insertion sort for short ranges
 * (results are identical to the JDK's for every input); Object sorts are a stable merge sort.
 */
public class Arrays {
    private static final int INSERTION_SORT_THRESHOLD = 32;

    private Arrays() {
    }

    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + fromIndex);
        }
        if (toIndex > arrayLength) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + toIndex);
        }
    }

    public static void sort(long[] a) {
        sort0(a, 0, a.length - 1);
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sort0(a, fromIndex, toIndex - 1);
    }

    private static void sort0(long[] a, int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            // median of three
            if (a[mid] < a[lo]) { long x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            if (a[hi] < a[mid]) {
                long x = a[hi]; a[hi] = a[mid]; a[mid] = x;
                if (a[mid] < a[lo]) { x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            }
            long pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    long x = a[i]; a[i] = a[j]; a[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort0(a, lo, j);
                lo = i;
            } else {
                sort0(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(int[] a) {
        sort0(a, 0, a.length - 1);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sort0(a, fromIndex, toIndex - 1);
    }

    private static void sort0(int[] a, int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            // median of three
            if (a[mid] < a[lo]) { int x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            if (a[hi] < a[mid]) {
                int x = a[hi]; a[hi] = a[mid]; a[mid] = x;
                if (a[mid] < a[lo]) { x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            }
            int pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    int x = a[i]; a[i] = a[j]; a[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort0(a, lo, j);
                lo = i;
            } else {
                sort0(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(short[] a) {
        sort0(a, 0, a.length - 1);
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sort0(a, fromIndex, toIndex - 1);
    }

    private static void sort0(short[] a, int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            // median of three
            if (a[mid] < a[lo]) { short x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            if (a[hi] < a[mid]) {
                short x = a[hi]; a[hi] = a[mid]; a[mid] = x;
                if (a[mid] < a[lo]) { x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            }
            short pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    short x = a[i]; a[i] = a[j]; a[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort0(a, lo, j);
                lo = i;
            } else {
                sort0(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            short x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(char[] a) {
        sort0(a, 0, a.length - 1);
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sort0(a, fromIndex, toIndex - 1);
    }

    private static void sort0(char[] a, int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            // median of three
            if (a[mid] < a[lo]) { char x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            if (a[hi] < a[mid]) {
                char x = a[hi]; a[hi] = a[mid]; a[mid] = x;
                if (a[mid] < a[lo]) { x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            }
            char pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    char x = a[i]; a[i] = a[j]; a[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort0(a, lo, j);
                lo = i;
            } else {
                sort0(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            char x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(byte[] a) {
        sort0(a, 0, a.length - 1);
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sort0(a, fromIndex, toIndex - 1);
    }

    private static void sort0(byte[] a, int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            // median of three
            if (a[mid] < a[lo]) { byte x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            if (a[hi] < a[mid]) {
                byte x = a[hi]; a[hi] = a[mid]; a[mid] = x;
                if (a[mid] < a[lo]) { x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            }
            byte pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    byte x = a[i]; a[i] = a[j]; a[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort0(a, lo, j);
                lo = i;
            } else {
                sort0(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            byte x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(float[] a) {
        sortFP(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortFP(a, fromIndex, toIndex);
    }

    /** NaNs last, -0.0 before 0.0, otherwise numeric order (the order of Float.compare). */
    private static void sortFP(float[] a, int from, int to) {
        int end = to;
        // move NaNs to the end
        for (int k = end - 1; k >= from; k--) {
            float v = a[k];
            if (v != v) {
                a[k] = a[--end];
                a[end] = v;
            }
        }
        int negZeros = 0;
        for (int k = from; k < end; k++) {
            float v = a[k];
            if (v == 0 && 1 / v < 0) {
                negZeros++;
                a[k] = 0;
            }
        }
        sort0(a, from, end - 1);
        if (negZeros > 0) {
            // find the first zero
            int lo = from, hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (int k = 0; k < negZeros; k++)
                a[lo + k] = -0.0f;
        }
    }

    private static void sort0(float[] a, int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) { float x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            if (a[hi] < a[mid]) {
                float x = a[hi]; a[hi] = a[mid]; a[mid] = x;
                if (a[mid] < a[lo]) { x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            }
            float pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    float x = a[i]; a[i] = a[j]; a[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort0(a, lo, j);
                lo = i;
            } else {
                sort0(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            float x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(double[] a) {
        sortFP(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortFP(a, fromIndex, toIndex);
    }

    /** NaNs last, -0.0 before 0.0, otherwise numeric order (the order of Double.compare). */
    private static void sortFP(double[] a, int from, int to) {
        int end = to;
        // move NaNs to the end
        for (int k = end - 1; k >= from; k--) {
            double v = a[k];
            if (v != v) {
                a[k] = a[--end];
                a[end] = v;
            }
        }
        int negZeros = 0;
        for (int k = from; k < end; k++) {
            double v = a[k];
            if (v == 0 && 1 / v < 0) {
                negZeros++;
                a[k] = 0;
            }
        }
        sort0(a, from, end - 1);
        if (negZeros > 0) {
            // find the first zero
            int lo = from, hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (int k = 0; k < negZeros; k++)
                a[lo + k] = -0.0;
        }
    }

    private static void sort0(double[] a, int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) { double x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            if (a[hi] < a[mid]) {
                double x = a[hi]; a[hi] = a[mid]; a[mid] = x;
                if (a[mid] < a[lo]) { x = a[mid]; a[mid] = a[lo]; a[lo] = x; }
            }
            double pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    double x = a[i]; a[i] = a[j]; a[j] = x;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort0(a, lo, j);
                lo = i;
            } else {
                sort0(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(Object[] a) {
        sort(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, null);
    }

    public static <T> void sort(T[] a, Comparator<? super T> c) {
        mergeSort(a, 0, a.length, c);
    }

    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, c);
    }

    public static void parallelSort(int[] a) {
        sort(a);
    }

    public static void parallelSort(long[] a) {
        sort(a);
    }

    public static void parallelSort(double[] a) {
        sort(a);
    }

    public static <T extends Comparable<? super T>> void parallelSort(T[] a) {
        sort(a);
    }

    public static <T> void parallelSort(T[] a, Comparator<? super T> cmp) {
        sort(a, cmp);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int cmp(Object x, Object y, Comparator c) {
        if (c == null)
            return ((Comparable) x).compareTo(y);
        return c.compare(x, y);
    }

    /** Stable sort of a[lo, hi). */
    @SuppressWarnings("rawtypes")
    private static void mergeSort(Object[] a, int lo, int hi, Comparator c) {
        int n = hi - lo;
        if (n < 2)
            return;
        if (n <= INSERTION_SORT_THRESHOLD) {
            binaryInsertionSort(a, lo, hi, c);
            return;
        }
        // first check for an already sorted (or strictly descending) run
        int run = lo + 1;
        if (cmp(a[run], a[lo], c) < 0) {
            while (run < hi && cmp(a[run], a[run - 1], c) < 0)
                run++;
            if (run == hi) {
                for (int i = lo, j = hi - 1; i < j; i++, j--) {
                    Object t = a[i]; a[i] = a[j]; a[j] = t;
                }
                return;
            }
        } else {
            while (run < hi && cmp(a[run], a[run - 1], c) >= 0)
                run++;
            if (run == hi)
                return;
        }
        Object[] aux = new Object[n];
        mergeSortRec(a, aux, lo, hi, c);
    }

    @SuppressWarnings("rawtypes")
    private static void mergeSortRec(Object[] a, Object[] aux, int lo, int hi, Comparator c) {
        int n = hi - lo;
        if (n <= INSERTION_SORT_THRESHOLD) {
            binaryInsertionSort(a, lo, hi, c);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortRec(a, aux, lo, mid, c);
        mergeSortRec(a, aux, mid, hi, c);
        if (cmp(a[mid], a[mid - 1], c) >= 0)
            return;
        int base = lo;
        System.arraycopy(a, lo, aux, 0, mid - lo);
        int i = 0, iend = mid - lo, j = mid, k = lo;
        while (i < iend && j < hi) {
            if (cmp(a[j], aux[i], c) < 0)
                a[k++] = a[j++];
            else
                a[k++] = aux[i++];
        }
        while (i < iend)
            a[k++] = aux[i++];
    }

    @SuppressWarnings("rawtypes")
    private static void binaryInsertionSort(Object[] a, int lo, int hi, Comparator c) {
        for (int start = lo + 1; start < hi; start++) {
            Object pivot = a[start];
            int left = lo, right = start;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (cmp(pivot, a[mid], c) < 0)
                    right = mid;
                else
                    left = mid + 1;
            }
            int n = start - left;
            if (n > 0)
                System.arraycopy(a, left, a, left + 1, n);
            a[left] = pivot;
        }
    }

    public static int binarySearch(long[] a, long key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(int[] a, int key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(short[] a, short key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(char[] a, char key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(byte[] a, byte key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(float[] a, float key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                {
                int midBits = Float.floatToIntBits(midVal);
                int keyBits = Float.floatToIntBits(key);
                if (midBits == keyBits)
                    return mid;
                else if (midBits < keyBits)
                    low = mid + 1;
                else
                    high = mid - 1;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(double[] a, double key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                {
                long midBits = Double.doubleToLongBits(midVal);
                long keyBits = Double.doubleToLongBits(key);
                if (midBits == keyBits)
                    return mid;
                else if (midBits < keyBits)
                    low = mid + 1;
                else
                    high = mid - 1;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(Object[] a, Object key) {
        return binarySearch0(a, 0, a.length, key, null);
    }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, null);
    }

    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch0(a, 0, a.length, key, c);
    }

    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int binarySearch0(Object[] a, int fromIndex, int toIndex, Object key, Comparator c) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Object midVal = a[mid];
            int cmp = (c == null) ? ((Comparable) midVal).compareTo(key) : c.compare(midVal, key);
            if (cmp < 0)
                low = mid + 1;
            else if (cmp > 0)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i])
                return false;
        return true;
    }

    public static boolean equals(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (a[aFromIndex + i] != b[bFromIndex + i])
                return false;
        return true;
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i])
                return false;
        return true;
    }

    public static boolean equals(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (a[aFromIndex + i] != b[bFromIndex + i])
                return false;
        return true;
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i])
                return false;
        return true;
    }

    public static boolean equals(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (a[aFromIndex + i] != b[bFromIndex + i])
                return false;
        return true;
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i])
                return false;
        return true;
    }

    public static boolean equals(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (a[aFromIndex + i] != b[bFromIndex + i])
                return false;
        return true;
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i])
                return false;
        return true;
    }

    public static boolean equals(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (a[aFromIndex + i] != b[bFromIndex + i])
                return false;
        return true;
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(a2[i]))
                return false;
        return true;
    }

    public static boolean equals(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (Float.floatToIntBits(a[aFromIndex + i]) != Float.floatToIntBits(b[bFromIndex + i]))
                return false;
        return true;
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i]))
                return false;
        return true;
    }

    public static boolean equals(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (Double.doubleToLongBits(a[aFromIndex + i]) != Double.doubleToLongBits(b[bFromIndex + i]))
                return false;
        return true;
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i])
                return false;
        return true;
    }

    public static boolean equals(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength)
            return false;
        for (int i = 0; i < aLength; i++)
            if (a[aFromIndex + i] != b[bFromIndex + i])
                return false;
        return true;
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++) {
            if (!Objects.equals(a[i], a2[i]))
                return false;
        }
        return true;
    }

    public static <T> boolean equals(T[] a, T[] a2, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++) {
            if (cmp.compare(a[i], a2[i]) != 0)
                return false;
        }
        return true;
    }

    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** Allocates an array of the given array class (the only use of reflection in java.util). */
    @SuppressWarnings("unchecked")
    static <T> T[] newArray(Class<? extends T[]> arrayType, int length) {
        if ((Object) arrayType == (Object) Object[].class)
            return (T[]) new Object[length];
        if (length < 0)
            throw new NegativeArraySizeException(String.valueOf(length));
        return (T[]) newArray0(arrayType.getComponentType(), length);
    }

    /**
     * VM native: allocates a new array with the given (reference) component type, like
     * java.lang.reflect.Array.newInstance. Needed for the typed copies (toArray(T[]), copyOf of String[] etc.).
     */
    private static native Object newArray0(Class<?> componentType, int length);

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        return (T[]) copyOf(original, newLength, original.getClass());
    }

    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        T[] copy = newArray(newType, newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        T[] copy = newArray(newType, newLength);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(long[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            long e = a[i];
            result = 31 * result + (int) (e ^ (e >>> 32));
        }
        return result;
    }

    public static int hashCode(int[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            int e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(short[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            short e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(char[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            char e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(byte[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            byte e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(float[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            float e = a[i];
            result = 31 * result + Float.floatToIntBits(e);
        }
        return result;
    }

    public static int hashCode(double[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            double e = a[i];
            result = 31 * result + Double.hashCode(e);
        }
        return result;
    }

    public static int hashCode(boolean[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            boolean e = a[i];
            result = 31 * result + (e ? 1231 : 1237);
        }
        return result;
    }

    public static int hashCode(Object[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object element = a[i];
            result = 31 * result + (element == null ? 0 : element.hashCode());
        }
        return result;
    }

    public static int deepHashCode(Object[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object element = a[i];
            final int elementHash;
            if (element == null)
                elementHash = 0;
            else if (element instanceof Object[])
                elementHash = deepHashCode((Object[]) element);
            else if (element instanceof int[])
                elementHash = hashCode((int[]) element);
            else if (element instanceof long[])
                elementHash = hashCode((long[]) element);
            else if (element instanceof byte[])
                elementHash = hashCode((byte[]) element);
            else if (element instanceof short[])
                elementHash = hashCode((short[]) element);
            else if (element instanceof char[])
                elementHash = hashCode((char[]) element);
            else if (element instanceof float[])
                elementHash = hashCode((float[]) element);
            else if (element instanceof double[])
                elementHash = hashCode((double[]) element);
            else if (element instanceof boolean[])
                elementHash = hashCode((boolean[]) element);
            else
                elementHash = element.hashCode();
            result = 31 * result + elementHash;
        }
        return result;
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2)
            return true;
        if (a1 == null || a2 == null)
            return false;
        int length = a1.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++) {
            Object e1 = a1[i];
            Object e2 = a2[i];
            if (e1 == e2)
                continue;
            if (e1 == null)
                return false;
            boolean eq = deepEquals0(e1, e2);
            if (!eq)
                return false;
        }
        return true;
    }

    static boolean deepEquals0(Object e1, Object e2) {
        boolean eq;
        if (e1 instanceof Object[] && e2 instanceof Object[])
            eq = deepEquals((Object[]) e1, (Object[]) e2);
        else if (e1 instanceof byte[] && e2 instanceof byte[])
            eq = equals((byte[]) e1, (byte[]) e2);
        else if (e1 instanceof short[] && e2 instanceof short[])
            eq = equals((short[]) e1, (short[]) e2);
        else if (e1 instanceof int[] && e2 instanceof int[])
            eq = equals((int[]) e1, (int[]) e2);
        else if (e1 instanceof long[] && e2 instanceof long[])
            eq = equals((long[]) e1, (long[]) e2);
        else if (e1 instanceof char[] && e2 instanceof char[])
            eq = equals((char[]) e1, (char[]) e2);
        else if (e1 instanceof float[] && e2 instanceof float[])
            eq = equals((float[]) e1, (float[]) e2);
        else if (e1 instanceof double[] && e2 instanceof double[])
            eq = equals((double[]) e1, (double[]) e2);
        else if (e1 instanceof boolean[] && e2 instanceof boolean[])
            eq = equals((boolean[]) e1, (boolean[]) e2);
        else
            eq = e1.equals(e2);
        return eq;
    }

    public static String toString(long[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(int[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(short[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(char[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(byte[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(float[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(double[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(boolean[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String toString(Object[] a) {
        if (a == null)
            return "null";
        int iMax = a.length - 1;
        if (iMax == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String deepToString(Object[] a) {
        if (a == null)
            return "null";
        int bufLen = 20 * a.length;
        if (a.length != 0 && bufLen <= 0)
            bufLen = Integer.MAX_VALUE;
        StringBuilder buf = new StringBuilder(bufLen);
        deepToString(a, buf, new java.util.ArrayList<Object[]>());
        return buf.toString();
    }

    private static boolean containsIdentity(java.util.ArrayList<Object[]> list, Object[] a) {
        for (int i = 0, n = list.size(); i < n; i++)
            if (list.get(i) == a)
                return true;
        return false;
    }

    private static void deepToString(Object[] a, StringBuilder buf, java.util.ArrayList<Object[]> dejaVu) {
        if (a == null) {
            buf.append("null");
            return;
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            buf.append("[]");
            return;
        }
        dejaVu.add(a);
        buf.append('[');
        for (int i = 0;; i++) {
            Object element = a[i];
            if (element == null) {
                buf.append("null");
            } else {
                Class<?> eClass = element.getClass();
                if (eClass.isArray()) {
                    if (eClass == byte[].class)
                        buf.append(toString((byte[]) element));
                    else if (eClass == short[].class)
                        buf.append(toString((short[]) element));
                    else if (eClass == int[].class)
                        buf.append(toString((int[]) element));
                    else if (eClass == long[].class)
                        buf.append(toString((long[]) element));
                    else if (eClass == char[].class)
                        buf.append(toString((char[]) element));
                    else if (eClass == float[].class)
                        buf.append(toString((float[]) element));
                    else if (eClass == double[].class)
                        buf.append(toString((double[]) element));
                    else if (eClass == boolean[].class)
                        buf.append(toString((boolean[]) element));
                    else {
                        if (containsIdentity(dejaVu, (Object[]) element))
                            buf.append("[...]");
                        else
                            deepToString((Object[]) element, buf, dejaVu);
                    }
                } else {
                    buf.append(element.toString());
                }
            }
            if (i == iMax)
                break;
            buf.append(", ");
        }
        buf.append(']');
        dejaVu.remove(dejaVu.size() - 1);
    }

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.apply(i);
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.applyAsInt(i);
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.applyAsLong(i);
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.applyAsDouble(i);
    }

    public static int compare(int[] a, int[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Integer.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(int[] a, int[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i])
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static int compare(long[] a, long[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Long.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(long[] a, long[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i])
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static int compare(char[] a, char[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Character.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(char[] a, char[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i])
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static int compare(byte[] a, byte[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Byte.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i])
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static int compare(short[] a, short[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Short.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(short[] a, short[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i])
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static int compare(double[] a, double[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Double.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(double[] a, double[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i]))
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static int compare(float[] a, float[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Float.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(float[] a, float[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(b[i]))
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static int compare(boolean[] a, boolean[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int len = Math.min(a.length, b.length);
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                int c = Boolean.compare(a[i], b[i]);
                if (c != 0)
                    return c;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(boolean[] a, boolean[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i])
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob) {
                if (oa == null || ob == null)
                    return oa == null ? -1 : 1;
                int v = oa.compareTo(ob);
                if (v != 0)
                    return v;
            }
        }
        return a.length - b.length;
    }

    public static int mismatch(Object[] a, Object[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            if (!Objects.equals(a[i], b[i]))
                return i;
        }
        return a.length == b.length ? -1 : length;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> List<T> asList(T... a) {
        return new ArrayList<>(a);
    }

    private static class ArrayList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = -2764017481108945198L;
        private final E[] a;

        ArrayList(E[] array) {
            a = Objects.requireNonNull(array);
        }

        public int size() {
            return a.length;
        }

        public Object[] toArray() {
            Object[] r = new Object[a.length];
            System.arraycopy(a, 0, r, 0, a.length);
            return r;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = size();
            if (a.length < size)
                return Arrays.copyOf(this.a, size, (Class<? extends T[]>) a.getClass());
            System.arraycopy(this.a, 0, a, 0, size);
            if (a.length > size)
                a[size] = null;
            return a;
        }

        public E get(int index) {
            return a[index];
        }

        public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        public int indexOf(Object o) {
            E[] a = this.a;
            if (o == null) {
                for (int i = 0; i < a.length; i++)
                    if (a[i] == null)
                        return i;
            } else {
                for (int i = 0; i < a.length; i++)
                    if (o.equals(a[i]))
                        return i;
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public void forEach(java.util.function.Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (int i = 0; i < a.length; i++)
                action.accept(a[i]);
        }

        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            E[] a = this.a;
            for (int i = 0; i < a.length; i++)
                a[i] = operator.apply(a[i]);
        }

        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int cursor;

                public boolean hasNext() {
                    return cursor < a.length;
                }

                public E next() {
                    int i = cursor;
                    if (i >= a.length)
                        throw new NoSuchElementException();
                    cursor = i + 1;
                    return a[i];
                }
            };
        }
    }

    // ---- streams

    // "java.util. X" (a space after the dot) keeps tests/classlib/collections/run.sh, which renames java.util.X
    // into its shadow package, from renaming types it does not copy (streams, spliterators, enumerations).
    private static final int ARRAY_STREAM = java.util. Spliterator.ORDERED | java.util. Spliterator.IMMUTABLE;

    public static <T> java.util. stream.Stream<T> stream(T[] array) {
        return stream(array, 0, array.length);
    }

    public static <T> java.util. stream.Stream<T> stream(T[] array, int startInclusive, int endExclusive) {
        return java.util. stream.StreamSupport.stream(
                java.util. Spliterators.spliterator(array, startInclusive, endExclusive, ARRAY_STREAM), false);
    }

    public static java.util. stream.IntStream stream(int[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util. stream.IntStream stream(int[] array, int startInclusive, int endExclusive) {
        return java.util. stream.StreamSupport.intStream(
                java.util. Spliterators.spliterator(array, startInclusive, endExclusive, ARRAY_STREAM), false);
    }

    public static java.util. stream.LongStream stream(long[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util. stream.LongStream stream(long[] array, int startInclusive, int endExclusive) {
        return java.util. stream.StreamSupport.longStream(
                java.util. Spliterators.spliterator(array, startInclusive, endExclusive, ARRAY_STREAM), false);
    }

    public static java.util. stream.DoubleStream stream(double[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util. stream.DoubleStream stream(double[] array, int startInclusive, int endExclusive) {
        return java.util. stream.StreamSupport.doubleStream(
                java.util. Spliterators.spliterator(array, startInclusive, endExclusive, ARRAY_STREAM), false);
    }
}
