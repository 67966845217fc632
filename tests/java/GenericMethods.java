import java.util.*;
import java.util.function.*;
public class GenericMethods {
    static <T extends Comparable<? super T>> T max(List<? extends T> list) { T best = null; for (T t : list) if (best == null || t.compareTo(best) > 0) best = t; return best; }
    static <T> void swap(T[] arr, int i, int j) { T t = arr[i]; arr[i] = arr[j]; arr[j] = t; }
    static <K, V extends Comparable<V>> K argmax(Map<K, V> m) { K bk = null; V bv = null; for (Map.Entry<K, V> e : m.entrySet()) if (bv == null || e.getValue().compareTo(bv) > 0) { bk = e.getKey(); bv = e.getValue(); } return bk; }
    static <T, R> List<R> map(List<T> in, Function<? super T, ? extends R> f) { List<R> out = new ArrayList<>(); for (T t : in) out.add(f.apply(t)); return out; }
    static <T> List<T> filter(List<T> in, Predicate<? super T> p) { List<T> out = new ArrayList<>(); for (T t : in) if (p.test(t)) out.add(t); return out; }
    static <T, A> A fold(List<T> in, A init, BiFunction<A, ? super T, A> f) { A acc = init; for (T t : in) acc = f.apply(acc, t); return acc; }
    static double sum(Collection<? extends Number> nums) { double s = 0; for (Number n : nums) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> l, int n) { for (int i = 0; i < n; i++) l.add(i); }
    @SafeVarargs static <T> List<T> listOf(T... xs) { return new ArrayList<>(Arrays.asList(xs)); }
    static class Stack<E> implements Iterable<E> {
        private Object[] data = new Object[2]; private int n;
        void push(E e) { if (n == data.length) data = Arrays.copyOf(data, n * 2); data[n++] = e; }
        @SuppressWarnings("unchecked") E pop() { E e = (E) data[--n]; data[n] = null; return e; }
        boolean isEmpty() { return n == 0; }
        public Iterator<E> iterator() { return new Iterator<E>() { int i = n; public boolean hasNext() { return i > 0; } @SuppressWarnings("unchecked") public E next() { return (E) data[--i]; } }; }
    }
    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2)) + " " + max(List.of("pear", "apple")) + " " + max(new ArrayList<Integer>()));
        String[] arr = {"a", "b", "c"};
        swap(arr, 0, 2);
        System.out.println(Arrays.toString(arr));
        System.out.println(argmax(new TreeMap<>(Map.of("x", 3, "y", 7, "z", 5))));
        List<Integer> nums = listOf(1, 2, 3, 4, 5, 6);
        System.out.println(map(nums, x -> x * x) + " " + filter(nums, x -> x % 2 == 0) + " " + fold(nums, 0, Integer::sum) + " " + fold(nums, "", (s, x) -> s + x));
        System.out.println(sum(List.of(1, 2.5, 3L)) + " " + sum(new HashSet<>(List.of(1.5f))));
        List<Number> numList = new ArrayList<>();
        fill(numList, 4);
        List<Object> objList = new ArrayList<>();
        fill(objList, 2);
        System.out.println(numList + " " + objList);
        Stack<String> st = new Stack<>();
        for (String s : "to be or not to be".split(" ")) st.push(s);
        StringBuilder sb = new StringBuilder();
        for (String s : st) sb.append(s).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        while (!st.isEmpty()) sb.append(st.pop()).append(',');
        System.out.println(sb);
        System.out.println(GenericMethods.<String>listOf().size() + " " + Collections.<Integer>emptyList().size());
    }
}
