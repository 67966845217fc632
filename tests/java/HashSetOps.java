import java.util.*;
public class HashSetOps {
    public static void main(String[] args) {
        Set<String> a = new HashSet<>(List.of("red", "green", "blue", "yellow"));
        Set<String> b = new HashSet<>(List.of("blue", "black", "red", "white"));
        System.out.println(a + " " + b);
        Set<String> union = new HashSet<>(a); union.addAll(b);
        Set<String> inter = new HashSet<>(a); inter.retainAll(b);
        Set<String> diff = new HashSet<>(a); diff.removeAll(b);
        System.out.println(union + " " + inter + " " + diff);
        System.out.println(a.add("red") + " " + a.add("purple") + " " + a.remove("green") + " " + a.remove("green") + " " + a);
        System.out.println(a.containsAll(inter) + " " + inter.containsAll(a) + " " + a.equals(new TreeSet<>(a)));
        Set<Integer> nums = new HashSet<>();
        for (int i = 0; i < 1000; i++) nums.add(i % 77 * 13);
        System.out.println(nums.size());
        Iterator<Integer> it = nums.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(nums.size() + " " + nums);
        LinkedHashSet<String> lhs = new LinkedHashSet<>();
        for (String s : "z y x z w y v".split(" ")) lhs.add(s);
        System.out.println(lhs);
        lhs.remove("x"); lhs.add("x");
        System.out.println(lhs);
        Set<Character> seen = new HashSet<>();
        StringBuilder dups = new StringBuilder();
        for (char c : "programming language".toCharArray()) if (!seen.add(c)) dups.append(c);
        System.out.println(dups + " " + seen);
        Set<Object> mixed = new HashSet<>();
        mixed.add(1); mixed.add(1L); mixed.add("1"); mixed.add('1'); mixed.add(1.0); mixed.add(null);
        System.out.println(mixed.size() + " " + mixed.contains(null));
    }
}
