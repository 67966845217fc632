import java.util.*;

public class UtilClasses {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);
    }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + work + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.noneOf(Day.class) + " " + EnumSet.allOf(Day.class).size());
        EnumSet<Day> copy = EnumSet.copyOf(List.of(Day.FRI, Day.MON, Day.FRI));
        copy.add(Day.WED);
        copy.remove(Day.MON);
        System.out.println(copy + " " + copy.contains(Day.WED) + " " + copy.contains("WED") + " " + copy.equals(EnumSet.of(Day.WED, Day.FRI)) + " " + copy.equals(Set.of(Day.WED, Day.FRI)));
        Iterator<Day> di = work.iterator();
        while (di.hasNext())
            if (di.next().ordinal() % 2 == 0)
                di.remove();
        System.out.println(work + " " + work.size());
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            EnumSet.copyOf(new ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println(EnumSet.allOf(Op.class) + " " + EnumSet.of(Op.TIMES).contains(Op.TIMES));
        EnumMap<Day, Integer> em = new EnumMap<>(Day.class);
        em.put(Day.FRI, 5);
        em.put(Day.MON, 1);
        em.put(Day.WED, null);
        System.out.println(em + " " + em.size() + " " + em.containsKey(Day.WED) + " " + em.get(Day.WED) + " " + em.containsValue(null) + " " + em.keySet() + " " + em.values());
        em.merge(Day.MON, 10, Integer::sum);
        em.remove(Day.WED);
        for (Map.Entry<Day, Integer> e : em.entrySet())
            e.setValue(e.getValue() * 2);
        System.out.println(em + " " + new EnumMap<>(Map.of(Day.SUN, "x")) + " " + em.equals(new HashMap<>(em)));
        EnumMap<Op, String> om = new EnumMap<>(Op.class);
        om.put(Op.TIMES, "*");
        om.put(Op.PLUS, "+");
        System.out.println(om);

        Stack<Integer> st = new Stack<>();
        for (int i = 0; i < 5; i++)
            st.push(i * i);
        System.out.println(st + " " + st.pop() + " " + st.peek() + " " + st.search(1) + " " + st.size() + " " + st.get(1) + " " + st.capacity());
        Vector<String> v = new Vector<>(List.of("x", "y", "z"));
        v.add(1, "w");
        v.removeIf(s -> s.equals("z"));
        System.out.println(v + " " + v.lastIndexOf("y") + " " + v.subList(1, 3) + " " + v.contains("w"));
        try {
            v.elementAt(10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            v.get(7);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            new Vector<String>().firstElement();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            for (String s : v)
                v.add(s);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME vector");
        }
        Hashtable<String, Integer> ht = new Hashtable<>();
        for (String s : "the quick brown fox jumps over the lazy dog again and again".split(" "))
            ht.merge(s, 1, Integer::sum);
        System.out.println(ht + " " + ht.keySet() + " " + ht.values());
        Enumeration<String> keys = ht.keys();
        StringBuilder sb = new StringBuilder();
        while (keys.hasMoreElements())
            sb.append(keys.nextElement().charAt(0));
        System.out.println(sb + " " + ht.contains(2) + " " + ht.equals(new HashMap<>(ht)) + " " + ht.hashCode());
        Hashtable<Integer, Integer> hi = new Hashtable<>();
        for (int i = 0; i < 40; i += 3)
            hi.put(i * 7, i);
        System.out.println(hi);

        IdentityHashMap<String, Integer> ih = new IdentityHashMap<>();
        String a1 = new String("k"), a2 = new String("k");
        ih.put(a1, 1);
        ih.put(a2, 2);
        ih.put(null, 3);
        System.out.println(ih.size() + " " + ih.get(a1) + " " + ih.get(a2) + " " + ih.get("k") + " " + ih.get(null) + " " + ih.containsKey(new String("k")));
        ih.remove(a1);
        System.out.println(ih.size() + " " + ih.get(a2) + " " + ih.containsValue(2));
        IdentityHashMap<Integer, Integer> big = new IdentityHashMap<>();
        Integer[] keysArr = new Integer[500];
        for (int i = 0; i < 500; i++) {
            keysArr[i] = new Integer(i);
            big.put(keysArr[i], i);
        }
        for (int i = 0; i < 500; i += 2)
            big.remove(keysArr[i]);
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet())
            sum += e.getKey() * 1000L + e.getValue();
        boolean allFound = true;
        for (int i = 1; i < 500; i += 2)
            allFound &= big.get(keysArr[i]) == i;
        System.out.println(big.size() + " " + sum + " " + allFound + " " + big.get(keysArr[0]));
        Iterator<Integer> bi = big.keySet().iterator();
        int removed = 0;
        while (bi.hasNext())
            if (bi.next() % 3 == 0) {
                bi.remove();
                removed++;
            }
        System.out.println(removed + " " + big.size() + " " + new TreeSet<>(big.values()).first());

        StringTokenizer tk = new StringTokenizer("  alpha, beta;gamma  ", " ,;");
        System.out.print(tk.countTokens() + ":");
        while (tk.hasMoreElements())
            System.out.print(" " + tk.nextElement());
        System.out.println();
        StringTokenizer tk2 = new StringTokenizer("a-b+c", "-+", true);
        System.out.println(tk2.countTokens() + " " + tk2.nextToken() + tk2.nextToken() + " " + tk2.nextToken("+") + " " + tk2.hasMoreTokens());
        try {
            new StringTokenizer("").nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        Scanner sc = new Scanner("3\n1 2 3\nhello world\n4.5 true 1,000 -7");
        int n = sc.nextInt();
        int total = 0;
        for (int i = 0; i < n; i++)
            total += sc.nextInt();
        sc.nextLine();
        System.out.println(total + " [" + sc.nextLine() + "] " + sc.nextDouble() + " " + sc.nextBoolean() + " " + sc.hasNextInt() + " " + sc.nextInt() + " " + sc.nextLong() + " " + sc.hasNext());
        try {
            sc.next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        Scanner bad = new Scanner("12abc 5");
        try {
            bad.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("IME " + e.getMessage() + " " + bad.next() + " " + bad.nextInt());
        }
    }
}
