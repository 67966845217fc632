import java.util.*;
public class StackVector {
    public static void main(String[] args) {
        Stack<String> st = new Stack<>();
        st.push("a"); st.push("b"); st.push("c");
        System.out.println(st + " " + st.peek() + " " + st.search("a") + " " + st.search("zz") + " " + st.pop() + " " + st + " " + st.empty());
        Vector<Integer> v = new Vector<>();
        for (int i = 0; i < 10; i++) v.addElement(i * i);
        System.out.println(v + " " + v.elementAt(3) + " " + v.firstElement() + " " + v.lastElement() + " " + v.indexOf(49));
        v.removeElementAt(0); v.insertElementAt(-1, 2); v.setElementAt(100, 0);
        System.out.println(v);
        Enumeration<Integer> en = v.elements();
        int s = 0; while (en.hasMoreElements()) s += en.nextElement();
        System.out.println(s);
        try { new Stack<Integer>().pop(); } catch (EmptyStackException e) { System.out.println("EmptyStackException " + e.getMessage()); }
        Hashtable<String, Integer> ht = new Hashtable<>();
        ht.put("one", 1); ht.put("two", 2);
        System.out.println(ht.get("two") + " " + ht.size() + " " + ht.containsKey("one") + " " + new TreeMap<>(ht));
        try { ht.put(null, 1); } catch (NullPointerException e) { System.out.println("hashtable null NPE"); }
    }
}
