import java.util.Arrays;
public class ArrayCopy {
    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] b = new int[10];
        System.arraycopy(a, 2, b, 0, 5);
        System.out.println(Arrays.toString(b));
        int[] c = a.clone();
        System.arraycopy(c, 0, c, 3, 7);
        System.out.println("overlap forward: " + Arrays.toString(c));
        c = a.clone();
        System.arraycopy(c, 3, c, 0, 7);
        System.out.println("overlap backward: " + Arrays.toString(c));
        c = a.clone();
        System.arraycopy(c, 0, c, 0, 10);
        System.out.println(Arrays.toString(c));
        System.arraycopy(a, 0, b, 0, 0);
        System.arraycopy(a, 10, b, 10, 0);
        String[] s = {"a", "b", "c", "d"};
        Object[] o = new Object[6];
        System.arraycopy(s, 1, o, 2, 3);
        System.out.println(Arrays.toString(o));
        Object[] mixed = {"x", "y", 3, "z"};
        String[] dst = new String[4];
        try { System.arraycopy(mixed, 0, dst, 0, 4); } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage() + " partial=" + Arrays.toString(dst)); }
        try { System.arraycopy(a, 0, new long[10], 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        try { System.arraycopy("notarray", 0, a, 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        try { System.arraycopy(a, -1, b, 0, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { System.arraycopy(a, 0, b, 8, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { System.arraycopy(a, 0, b, 0, -2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { System.arraycopy(null, 0, b, 0, 1); } catch (NullPointerException e) { System.out.println("NPE src"); }
        try { System.arraycopy(a, 0, null, 0, 1); } catch (NullPointerException e) { System.out.println("NPE dst"); }
        double[] d = {1.5, 2.5, 3.5};
        double[] d2 = new double[5];
        System.arraycopy(d, 0, d2, 1, 3);
        System.out.println(Arrays.toString(d2));
        char[] ch = "hello world".toCharArray();
        System.arraycopy(ch, 6, ch, 0, 5);
        System.out.println(new String(ch));
        byte[] big = new byte[100000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) i;
        byte[] big2 = new byte[100000];
        System.arraycopy(big, 1, big2, 0, 99999);
        System.out.println(big2[0] + " " + big2[99998] + " " + big2[99999]);
        boolean[] bs = {true, false, true};
        boolean[] bs2 = new boolean[3];
        System.arraycopy(bs, 1, bs2, 0, 2);
        System.out.println(Arrays.toString(bs2));
        Integer[] boxed = {1, 2, 3};
        Number[] nums = new Number[3];
        System.arraycopy(boxed, 0, nums, 0, 3);
        System.out.println(Arrays.toString(nums));
    }
}
