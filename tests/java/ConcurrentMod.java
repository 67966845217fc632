import java.util.*;
public class ConcurrentMod {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        try { for (Integer x : l) if (x == 2) l.remove(x); } catch (ConcurrentModificationException e) { System.out.println("CME list " + e.getClass().getName()); }
        System.out.println(l);
        List<Integer> l2 = new ArrayList<>(List.of(1, 2, 3));
        for (Integer x : l2) if (x == 2) { l2.remove(x); }
        System.out.println("removing second-to-last is silent: " + l2);
        Map<String, Integer> m = new HashMap<>(Map.of("a", 1));
        m.put("b", 2); m.put("c", 3);
        try { for (String k : m.keySet()) m.put(k + k, 0); } catch (ConcurrentModificationException e) { System.out.println("CME map"); }
        Set<Integer> s = new TreeSet<>(List.of(1, 2, 3));
        try { for (Integer x : s) s.add(x + 10); } catch (ConcurrentModificationException e) { System.out.println("CME treeset"); }
        LinkedList<Integer> ll = new LinkedList<>(List.of(1, 2, 3, 4));
        try { Iterator<Integer> it = ll.iterator(); it.next(); ll.addFirst(0); it.next(); } catch (ConcurrentModificationException e) { System.out.println("CME linkedlist"); }
        ArrayDeque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3));
        try { for (Integer x : dq) dq.addLast(x); } catch (ConcurrentModificationException e) { System.out.println("CME deque"); }
        List<Integer> safe = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        safe.removeIf(x -> x % 2 == 1);
        System.out.println(safe);
        try { l.forEach(x -> l.add(x)); } catch (ConcurrentModificationException e) { System.out.println("CME forEach"); }
        List<Integer> sub = new ArrayList<>(List.of(1, 2, 3, 4));
        List<Integer> view = sub.subList(1, 3);
        sub.add(5);
        try { view.size(); } catch (ConcurrentModificationException e) { System.out.println("CME sublist"); }
    }
}
