import java.util.*;
public class StringHashCodes {
    public static void main(String[] args) {
        String[] words = {"", "a", "ab", "abc", "hello", "Hello", "polygenelubricants", "Aa", "BB", "AaAa", "BBBB", "\u00e9", "the quick brown fox"};
        for (String w : words) System.out.println("'" + w + "' " + w.hashCode());
        System.out.println(List.of(1, 2, 3).hashCode() + " " + Arrays.asList("a", "b").hashCode() + " " + new ArrayList<>().hashCode());
        Map<String, Integer> m = new HashMap<>();
        m.put("a", 1); m.put("b", 2);
        System.out.println(m.hashCode() + " " + new HashSet<>(List.of("x", "y", "z")).hashCode());
        System.out.println(Integer.hashCode(-5) + " " + Long.hashCode(1L << 40) + " " + Double.hashCode(1.5) + " " + Float.hashCode(1.5f) + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " " + Character.hashCode('a'));
        System.out.println(Arrays.hashCode(new int[]{1, 2, 3}) + " " + Arrays.hashCode(new long[]{1L << 33}) + " " + Arrays.hashCode(new double[]{0.5}) + " " + Arrays.deepHashCode(new Object[]{new int[]{1}, "a"}));
        System.out.println(Objects.hash(1, "a", null, 2.0) + " " + Objects.hashCode(null) + " " + Objects.hash());
        System.out.println(Map.entry("k", "v").hashCode() + " " + new AbstractMap.SimpleEntry<>("k", "v").hashCode());
        System.out.println(Optional.of("x").hashCode() + " " + Optional.empty().hashCode());
        int h = 0;
        for (int i = 0; i < 10000; i++) h ^= ("key" + i).hashCode();
        System.out.println(h);
    }
}
