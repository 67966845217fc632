public class StringValueOf {
    public static void main(String[] args) throws Exception {
        System.out.println(String.valueOf(new char[]{'a', 'b', 'c'}));
        System.out.println(String.valueOf(new char[]{'a', 'b', 'c', 'd'}, 1, 2));
        System.out.println(String.valueOf(true) + String.valueOf(false));
        System.out.println(String.valueOf(12) + "|" + String.valueOf(-12L) + "|" + String.valueOf(1.0f) + "|" + String.valueOf(1.0) + "|" + String.valueOf('z'));
        System.out.println(String.valueOf((Object) null));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(35, 36) + " " + Long.toString(Long.MIN_VALUE, 7));
        System.out.println(Integer.valueOf("123") + Integer.valueOf("ff", 16) + Integer.parseInt("-zz", 36));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf("true") + " " + Boolean.toString(false));
        System.out.println(Character.toString('q') + Character.valueOf('r').toString());
        System.out.println(Double.valueOf("1e3") + " " + Float.valueOf("2.5") + " " + Long.valueOf(7).toString());
        System.out.println(Integer.toString(Integer.MIN_VALUE) + " " + Long.toString(0));
        Object[] objs = {1, 2L, 3.0f, 4.0, 'c', true, "s", (byte) 1, (short) 2};
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) sb.append(o.getClass().getSimpleName()).append('=').append(o).append(' ');
        System.out.println(sb);
        System.out.println(new String(new byte[]{72, 105}) + " " + new String(new int[]{0x48, 0x49}, 0, 2));
        System.out.println(new String(new char[]{'x', 'y', 'z'}, 1, 2) + " " + new String("copy") + " " + new String(new StringBuilder("sbsrc")));
        System.out.println(java.util.Arrays.toString("héllo".getBytes("UTF-8")));
    }
}
