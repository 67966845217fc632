import java.util.*;
public class TreeSetNav {
    public static void main(String[] args) {
        TreeSet<String> s = new TreeSet<>(List.of("pear", "apple", "fig", "kiwi", "banana", "cherry", "apple"));
        System.out.println(s + " " + s.size());
        System.out.println(s.first() + " " + s.last() + " " + s.floor("c") + " " + s.ceiling("c") + " " + s.lower("fig") + " " + s.higher("fig"));
        System.out.println(s.headSet("fig") + " " + s.tailSet("fig") + " " + s.subSet("b", "l") + " " + s.descendingSet());
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s);
        TreeSet<Integer> nums = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < 20; i++) nums.add(i * 7 % 20);
        System.out.println(nums);
        System.out.println(nums.headSet(10) + " " + nums.tailSet(10, false));
        TreeSet<int[]> arrs = new TreeSet<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        arrs.add(new int[]{2, 1}); arrs.add(new int[]{1, 5}); arrs.add(new int[]{1, 2}); arrs.add(new int[]{2, 1});
        StringBuilder sb = new StringBuilder();
        for (int[] a : arrs) sb.append(Arrays.toString(a));
        System.out.println(sb + " " + arrs.size());
        Iterator<Integer> di = nums.descendingIterator();
        sb.setLength(0);
        while (di.hasNext()) { int v = di.next(); if (v % 3 == 0) di.remove(); else sb.append(v).append(','); }
        System.out.println(sb + " " + nums);
        TreeSet<Character> chars = new TreeSet<>();
        for (char c : "the quick brown fox".toCharArray()) chars.add(c);
        System.out.println(chars);
        try { new TreeSet<Object>().add(new Object() {}); System.out.println("added one"); new TreeSet<Object>(List.of(1, "x")); } catch (ClassCastException e) { System.out.println("CCE on mixed"); }
    }
}
