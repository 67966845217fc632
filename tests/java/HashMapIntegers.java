import java.util.*;
public class HashMapIntegers {
    public static void main(String[] args) {
        Map<Integer, String> m = new HashMap<>();
        int[] keys = {100, -5, 17, 65536, 3, 1 << 20, -100000, 42, 0, 15, 31, 63, 127};
        for (int k : keys) m.put(k, "v" + k);
        System.out.println(m);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 20000; i++) big.put(i * 37 % 10007, i);
        System.out.println(big.size());
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) { if (n++ % 500 == 0) sb.append(e.getKey()).append('=').append(e.getValue()).append(' '); }
        System.out.println(sb);
        Map<Long, Long> lm = new HashMap<>();
        for (long i = 0; i < 50; i++) lm.put(i * 1000000007L, i);
        System.out.println(lm.keySet());
        Set<Integer> hs = new HashSet<>();
        for (int i = 0; i < 100; i++) hs.add((i * i) % 97);
        System.out.println(hs.size() + " " + hs);
        Map<Character, Integer> freq = new HashMap<>();
        for (char c : "mississippi river".toCharArray()) freq.merge(c, 1, Integer::sum);
        System.out.println(freq);
        Map<Double, String> dm = new HashMap<>();
        dm.put(1.5, "a"); dm.put(-0.0, "nz"); dm.put(0.0, "pz"); dm.put(Double.NaN, "nan"); dm.put(1e10, "big");
        System.out.println(dm + " " + dm.get(Double.NaN));
        Map<Boolean, String> bm = new HashMap<>();
        bm.put(true, "T"); bm.put(false, "F");
        System.out.println(bm);
        Map<List<Integer>, String> lk = new HashMap<>();
        lk.put(List.of(1, 2), "12"); lk.put(Arrays.asList(2, 1), "21");
        System.out.println(lk.get(new ArrayList<>(List.of(1, 2))) + " " + lk.size());
    }
}
