import java.util.Arrays;
public class ArraysAllTypes {
    public static void main(String[] args) {
        boolean[] z = new boolean[3]; z[1] = true;
        byte[] b = new byte[3]; b[0] = (byte) 200; b[2] = -1;
        char[] c = new char[3]; c[0] = 'x'; c[2] = '\u00e9';
        short[] s = new short[3]; s[1] = (short) 70000;
        int[] i = new int[3]; i[2] = -7;
        long[] l = new long[3]; l[0] = Long.MIN_VALUE;
        float[] f = new float[3]; f[1] = 1.25f;
        double[] d = new double[3]; d[2] = -0.0;
        Object[] o = new Object[3]; o[0] = "s"; o[1] = 1;
        System.out.println(Arrays.toString(z));
        System.out.println(Arrays.toString(b));
        System.out.println((int) c[0] + " " + (int) c[1] + " " + (int) c[2]);
        System.out.println(Arrays.toString(s));
        System.out.println(Arrays.toString(i));
        System.out.println(Arrays.toString(l));
        System.out.println(Arrays.toString(f));
        System.out.println(Arrays.toString(d));
        System.out.println(Arrays.toString(o));
        System.out.println(z.length + b.length + c.length + s.length + i.length + l.length + f.length + d.length + o.length);
        System.out.println(z.getClass().getName() + b.getClass().getName() + c.getClass().getName() + s.getClass().getName() + i.getClass().getName() + l.getClass().getName() + f.getClass().getName() + d.getClass().getName() + o.getClass().getName());
        int[] big = new int[100000];
        for (int k = 0; k < big.length; k++) big[k] = k * k;
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println(sum);
        int[] empty = {};
        System.out.println(empty.length + Arrays.toString(empty));
        try { i[3] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { System.out.println(l[-1]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { System.out.println(c[100]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e); }
        try { new double[-5].clone(); } catch (NegativeArraySizeException e) { System.out.println(e); }
        int[] nulls = null;
        try { System.out.println(nulls.length); } catch (NullPointerException e) { System.out.println("NPE length"); }
        try { nulls[0] = 1; } catch (NullPointerException e) { System.out.println("NPE store"); }
        byte[] bb = {1, 2, 3};
        bb[0] += 127;
        System.out.println(bb[0]);
        char[] hello = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(hello);
        System.out.println(new String(hello, 1, 3));
    }
}
