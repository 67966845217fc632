import java.util.*;
public class ArrayListOps {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) list.add(i * 3 % 7);
        System.out.println(list + " size=" + list.size());
        list.add(0, 100); list.add(5, 200);
        System.out.println(list);
        list.remove(Integer.valueOf(200)); list.remove(0);
        System.out.println(list + " " + list.indexOf(6) + " " + list.lastIndexOf(6) + " " + list.contains(5) + " " + list.contains(7));
        list.set(3, -1);
        System.out.println(list.get(3) + " " + list.subList(2, 6));
        list.removeIf(x -> x % 2 == 0);
        System.out.println(list);
        list.replaceAll(x -> x * 10);
        System.out.println(list);
        Collections.sort(list);
        System.out.println(list);
        list.sort(Comparator.reverseOrder());
        System.out.println(list);
        List<String> strs = new ArrayList<>(List.of("pear", "apple", "fig", "banana"));
        strs.addAll(1, List.of("kiwi", "date"));
        System.out.println(strs);
        strs.sort(null);
        System.out.println(strs);
        strs.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(strs);
        System.out.println(strs.equals(new ArrayList<>(strs)) + " " + strs.equals(new LinkedList<>(strs)) + " " + strs.hashCode());
        Object[] arr = strs.toArray();
        String[] sarr = strs.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr[0] + " " + sarr.getClass().getSimpleName());
        strs.retainAll(Set.of("fig", "kiwi"));
        System.out.println(strs);
        strs.clear();
        System.out.println(strs + " " + strs.isEmpty());
        ArrayList<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100000; i++) big.add(i);
        long s = 0;
        for (int v : big) s += v;
        System.out.println(s + " " + big.get(99999));
        big.subList(10, 99990).clear();
        System.out.println(big);
        try { big.get(20); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        ArrayList<Integer> withNull = new ArrayList<>(Arrays.asList(1, null, 3));
        System.out.println(withNull + " " + withNull.indexOf(null));
        ListIterator<Integer> it = withNull.listIterator(withNull.size());
        StringBuilder back = new StringBuilder();
        while (it.hasPrevious()) back.append(it.previous()).append(' ');
        System.out.println(back);
    }
}
