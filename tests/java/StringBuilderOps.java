public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(1.5f).append(2.5).append(true).append((Object) null).append((String) null).append(new char[]{'x', 'y'}).append("end");
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, "start:").insert(6, 42).insert(sb.length(), '!');
        System.out.println(sb);
        sb.delete(0, 6);
        System.out.println(sb);
        sb.deleteCharAt(0);
        System.out.println(sb);
        sb.replace(0, 3, "REPL");
        System.out.println(sb);
        sb.setCharAt(0, 'r');
        System.out.println(sb + " " + sb.charAt(1) + " " + sb.indexOf("true") + " " + sb.lastIndexOf("l"));
        sb.setLength(4);
        System.out.println(sb + "|" + sb.length());
        sb.setLength(6);
        System.out.println(sb.toString().replace('\0', '0') + "|" + sb.length());
        sb.reverse();
        System.out.println(sb.toString().replace('\0', '0'));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.substring(9990) + " " + big.substring(5, 15));
        StringBuilder cmp1 = new StringBuilder("abc"), cmp2 = new StringBuilder("abd");
        System.out.println(cmp1.compareTo(cmp2) + " " + cmp1.equals(new StringBuilder("abc")) + " " + cmp1.toString().contentEquals(new StringBuilder("abc")));
        StringBuilder cap = new StringBuilder(2);
        cap.append("longer than two");
        System.out.println(cap);
        System.out.println(new StringBuilder("hello").appendCodePoint(0x41).append("x", 0, 1).append(new char[]{'a', 'b', 'c'}, 1, 2));
        try { new StringBuilder("abc").insert(5, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println("SIOOBE " + e.getClass().getSimpleName()); }
        try { new StringBuilder("abc").charAt(3); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE " + e.getMessage()); }
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 5; i++) chain.append(i).append(i < 4 ? "," : "");
        System.out.println(chain);
        System.out.println(new StringBuilder().append(Integer.MIN_VALUE).append(Long.MIN_VALUE).append(Double.MIN_VALUE).append(Float.NaN));
    }
}
