import java.util.*;
public class IteratorOps {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 15; i++) l.add(i);
        Iterator<Integer> it = l.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(l);
        ListIterator<Integer> li = l.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            int v = li.next();
            if (v % 2 == 0) li.set(v * 100);
            if (v == 7) li.add(777);
            if (idx == 0) li.add(-1);
        }
        System.out.println(l);
        while (li.hasPrevious()) { int v = li.previous(); if (v < 0) li.remove(); }
        System.out.println(l);
        try { Iterator<Integer> bad = l.iterator(); bad.remove(); } catch (IllegalStateException e) { System.out.println("remove before next: ISE"); }
        try { Iterator<Integer> bad = l.iterator(); bad.next(); bad.remove(); bad.remove(); } catch (IllegalStateException e) { System.out.println("double remove: ISE"); }
        Iterator<Integer> end = List.of(1).iterator();
        end.next();
        try { end.next(); } catch (NoSuchElementException e) { System.out.println("NSEE at end"); }
        Map<String, Integer> m = new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3, "d", 4));
        m.entrySet().removeIf(e -> e.getValue() % 2 == 0);
        m.keySet().remove("a");
        System.out.println(m);
        for (Map.Entry<String, Integer> e : m.entrySet()) e.setValue(e.getValue() * 10);
        System.out.println(m);
        m.values().remove(30);
        System.out.println(m);
        Iterator<String> si = new TreeSet<>(List.of("q", "w", "e")).iterator();
        StringBuilder sb = new StringBuilder();
        si.forEachRemaining(sb::append);
        System.out.println(sb);
        PrimitiveIterator.OfInt pi = "abc".chars().iterator();
        int sum = 0; while (pi.hasNext()) sum += pi.nextInt();
        System.out.println(sum);
        Enumeration<Integer> en = Collections.enumeration(List.of(4, 5, 6));
        while (en.hasMoreElements()) System.out.print(en.nextElement() + " ");
        System.out.println();
    }
}
