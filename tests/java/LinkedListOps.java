import java.util.*;
public class LinkedListOps {
    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b"); ll.addFirst("a"); ll.addLast("c"); ll.push("z"); ll.offer("d"); ll.offerFirst("y");
        System.out.println(ll + " " + ll.size());
        System.out.println(ll.getFirst() + ll.getLast() + ll.peek() + ll.peekFirst() + ll.peekLast() + ll.element());
        System.out.println(ll.pop() + ll.poll() + ll.pollLast() + ll.removeFirst() + ll.removeLast());
        System.out.println(ll);
        ll.addAll(List.of("x", "y", "x", "w"));
        System.out.println(ll + " " + ll.indexOf("x") + " " + ll.lastIndexOf("x"));
        ll.removeFirstOccurrence("x"); ll.removeLastOccurrence("w");
        System.out.println(ll);
        ll.add(1, "mid"); ll.set(0, "first");
        System.out.println(ll + " " + ll.get(2));
        Iterator<String> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println(sb);
        ListIterator<String> li = ll.listIterator();
        while (li.hasNext()) { String s = li.next(); if (s.equals("mid")) li.remove(); else if (s.equals("y")) li.set("Y"); else if (s.equals("x")) li.add("after-x"); }
        System.out.println(ll);
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 10000; i++) { if (i % 3 == 0) nums.addFirst(i); else nums.addLast(i); }
        System.out.println(nums.size() + " " + nums.getFirst() + " " + nums.getLast() + " " + nums.get(5000));
        while (nums.size() > 5) nums.removeFirst();
        System.out.println(nums);
        LinkedList<Integer> empty = new LinkedList<>();
        System.out.println(empty.poll() + " " + empty.peekLast());
        try { empty.getFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
    }
}
