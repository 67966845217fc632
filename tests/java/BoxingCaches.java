public class BoxingCaches {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        System.out.println((Integer.valueOf(-128) == Integer.valueOf(-128)) + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4) + " " + l3.equals(128));
        Short s1 = 100, s2 = 100;
        Byte b1 = 1, b2 = 1;
        System.out.println((s1 == s2) + " " + (b1 == b2));
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println((c1 == c2) + " " + (c3 == c4) + " " + (Character.valueOf((char) 127) == Character.valueOf((char) 127)));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE"), f1 = Boolean.valueOf(false);
        System.out.println((t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + (f1 == Boolean.FALSE));
        Integer x = 1000;
        int y = 1000;
        System.out.println((x == y) + " " + x.equals(y) + " " + (x.intValue() == y));
        Integer n = 5;
        n++;
        n += 10;
        System.out.println(n + " " + n.getClass().getSimpleName());
        Object o = 3;
        Object p = 3L;
        Object q = 3.0;
        Object r = 'x';
        System.out.println(o.getClass().getName() + " " + p.getClass().getName() + " " + q.getClass().getName() + " " + r.getClass().getName());
        System.out.println(o.equals(p) + " " + ((Integer) o).longValue() + " " + ((Number) q).intValue());
        Double dd1 = 0.5, dd2 = 0.5;
        System.out.println(dd1.equals(dd2) + " " + dd1.compareTo(dd2));
        long sum = 0;
        Long boxed = 0L;
        for (int i = 0; i < 10000; i++) { boxed += i; sum += boxed; }
        System.out.println(boxed + " " + sum);
        int cmp = Integer.valueOf(5).compareTo(7);
        System.out.println(cmp + " " + Character.valueOf('b').compareTo('a') + " " + Boolean.TRUE.compareTo(false));
        Integer nulled = null;
        System.out.println(nulled == null ? "null" : "value");
        boolean cond = false;
        Integer tern = cond ? 1 : null;
        System.out.println(tern);
    }
}
