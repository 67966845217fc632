import java.util.*;
public class ArraysUtil {
    public static void main(String[] args) {
        int[] a = {5, 2, 9, 1, 7};
        int[] copy = Arrays.copyOf(a, 7);
        int[] range = Arrays.copyOfRange(a, 1, 4);
        System.out.println(Arrays.toString(copy) + " " + Arrays.toString(range) + " " + Arrays.toString(Arrays.copyOf(a, 2)));
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " " + Arrays.binarySearch(a, 7) + " " + Arrays.binarySearch(a, 6) + " " + Arrays.binarySearch(a, 100) + " " + Arrays.binarySearch(a, -5));
        int[] f = new int[6];
        Arrays.fill(f, 3); Arrays.fill(f, 1, 3, 8);
        System.out.println(Arrays.toString(f));
        System.out.println(Arrays.equals(a, new int[]{1, 2, 5, 7, 9}) + " " + Arrays.equals(a, f) + " " + Arrays.hashCode(a) + " " + Arrays.hashCode((int[]) null));
        List<String> asList = Arrays.asList("c", "a", "b");
        Collections.sort(asList);
        System.out.println(asList);
        try { asList.add("d"); } catch (UnsupportedOperationException e) { System.out.println("asList fixed size"); }
        String[] backing = {"x", "y"};
        List<String> view = Arrays.asList(backing);
        view.set(0, "changed");
        System.out.println(backing[0]);
        Object[][] deep = {{1, 2}, {"a", new int[]{3, 4}}, null};
        System.out.println(Arrays.deepToString(deep));
        System.out.println(Arrays.deepEquals(new int[][]{{1}}, new int[][]{{1}}) + " " + Arrays.equals(new int[][]{{1}}, new int[][]{{1}}));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new double[]{1, 2.5}) + " " + Arrays.toString(new char[]{'h', 'i'}) + " " + Arrays.toString(new boolean[]{true}));
        double[] d = {3.5, -1.0, 2.25};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d) + " " + Arrays.binarySearch(d, 2.25));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        long[] la = new long[5];
        Arrays.setAll(la, i -> (long) i * i * i);
        System.out.println(Arrays.toString(la));
        char[] cs = "hello".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs));
        System.out.println(Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}));
        String[] words = {"delta", "Alpha", "charlie", "Bravo"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        int[] part = {9, 8, 7, 6, 5, 4};
        Arrays.sort(part, 1, 4);
        System.out.println(Arrays.toString(part));
    }
}
