import java.util.*;
public class ArrayDequeOps {
    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) { if (i % 2 == 0) dq.addFirst(i); else dq.addLast(i); }
        System.out.println(dq);
        System.out.println(dq.peekFirst() + " " + dq.peekLast() + " " + dq.pollFirst() + " " + dq.pollLast() + " " + dq.size());
        Deque<String> stack = new ArrayDeque<>();
        stack.push("a"); stack.push("b"); stack.push("c");
        System.out.println(stack + " " + stack.pop() + " " + stack.peek());
        Queue<String> q = new ArrayDeque<>();
        q.offer("1"); q.offer("2"); q.add("3");
        System.out.println(q.poll() + q.remove() + q.element() + " " + q);
        ArrayDeque<Integer> big = new ArrayDeque<>(4);
        for (int i = 0; i < 1000; i++) { big.addLast(i); if (i % 3 == 0) big.pollFirst(); }
        System.out.println(big.size() + " " + big.peekFirst() + " " + big.peekLast());
        Iterator<Integer> it = big.descendingIterator();
        for (int i = 0; i < 5; i++) System.out.print(it.next() + " ");
        System.out.println();
        big.removeIf(x -> x % 10 != 0);
        System.out.println(big);
        System.out.println(big.contains(500) + " " + big.removeFirstOccurrence(500) + " " + big.contains(500));
        String expr = "{[()()]}([)]";
        Deque<Character> st = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        for (char c : expr.toCharArray()) {
            if ("([{".indexOf(c) >= 0) st.push(c);
            else { char open = st.isEmpty() ? '?' : st.pop(); out.append("([{".indexOf(open) == ")]}".indexOf(c) ? 'Y' : 'N'); }
        }
        System.out.println(out);
        try { new ArrayDeque<String>().addFirst(null); } catch (NullPointerException e) { System.out.println("null rejected"); }
        System.out.println(new ArrayDeque<>(List.of(3, 1, 2)));
    }
}
