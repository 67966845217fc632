import java.util.*;
public class LinkedHashMapOrder {
    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        for (String s : "one two three four five six".split(" ")) ins.put(s, s.length());
        ins.put("two", 22);
        ins.remove("four");
        ins.put("four", 4);
        System.out.println(ins);
        LinkedHashMap<String, Integer> acc = new LinkedHashMap<>(16, 0.75f, true);
        acc.putAll(ins);
        acc.get("one"); acc.get("three"); acc.getOrDefault("six", 0); acc.put("five", 55);
        System.out.println(acc);
        System.out.println(acc.keySet() + " " + acc.values());
        LinkedHashMap<Integer, Integer> big = new LinkedHashMap<>();
        for (int i = 100; i > 0; i -= 7) big.put(i, i * i);
        System.out.println(big.keySet());
        Iterator<Map.Entry<Integer, Integer>> it = big.entrySet().iterator();
        while (it.hasNext()) { Map.Entry<Integer, Integer> e = it.next(); if (e.getKey() % 2 == 0) it.remove(); else e.setValue(-e.getValue()); }
        System.out.println(big);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String w : "apple avocado banana blueberry cherry apricot bean".split(" ")) groups.computeIfAbsent(w.substring(0, 1), k -> new ArrayList<>()).add(w);
        System.out.println(groups);
    }
}
