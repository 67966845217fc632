import java.util.*;
public class HashMapStrings {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince"};
        for (int i = 0; i < words.length; i++) m.put(words[i], i);
        System.out.println(m);
        System.out.println(m.keySet());
        System.out.println(m.values());
        for (Map.Entry<String, Integer> e : m.entrySet()) System.out.print(e.getKey() + "=" + e.getValue() + ";");
        System.out.println();
        System.out.println(m.get("fig") + " " + m.get("nope") + " " + m.containsKey("kiwi") + " " + m.containsValue(14) + " " + m.size());
        m.remove("banana"); m.put("apple", 100); m.put(null, -1);
        System.out.println(m.get(null) + " " + m);
        Map<String, Integer> big = new HashMap<>();
        for (int i = 0; i < 5000; i++) big.put("k" + i, i);
        int sum = 0;
        for (String k : big.keySet()) sum += big.get(k);
        System.out.println(big.size() + " " + sum);
        StringBuilder first = new StringBuilder();
        int n = 0;
        for (String k : big.keySet()) { first.append(k).append(' '); if (++n == 30) break; }
        System.out.println(first);
        for (int i = 0; i < 5000; i += 2) big.remove("k" + i);
        n = 0; first.setLength(0);
        for (Map.Entry<String, Integer> e : big.entrySet()) { first.append(e.getKey()).append(' '); if (++n == 30) break; }
        System.out.println(big.size() + " " + first);
        Map<String, Integer> collide = new HashMap<>();
        String[] coll = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb"};
        for (String s : coll) collide.put(s, s.hashCode());
        System.out.println(collide);
        System.out.println(new HashMap<>(Map.of("only", 1)));
        HashMap<String, String> copy = new HashMap<>();
        copy.putAll(Map.of("x", "1"));
        System.out.println(copy.equals(Map.of("x", "1")) + " " + copy.hashCode());
    }
}
