import java.util.Arrays;

// Native and intrinsic-candidate methods called from hot loops: Math (sqrt, pow, sin/cos, log, floorMod,
// exact arithmetic that throws), System.arraycopy (overlapping, every element type, failing), String and
// StringBuilder methods, boxing caches, Integer/Long/Double conversions, Object.getClass, Class.getName,
// Thread.currentThread, System.identityHashCode's stability, Arrays.fill/sort/hashCode.
public class JitNatives {
    public static void main(String[] args) {
        double ds = 0;
        long ls = 0;
        for (int i = 1; i <= 200000; i++) {
            ds += Math.sqrt(i) + Math.abs(Math.sin(i)) + Math.log(i) * 0.001 + Math.cos(i * 0.001) + Math.pow(1.0001, i % 100);
            ls += Math.floorMod(-i, 7) + Math.floorDiv(-i, 3) + Math.max(i & 7, 3) + Math.min(-i, i) + Integer.bitCount(i)
                + Long.numberOfTrailingZeros(i) + Integer.reverse(i) + Long.rotateLeft(i, i & 63) + Integer.highestOneBit(i);
        }
        System.out.println("math " + ds + " " + ls);
        int exact = 0;
        for (int i = 0; i < 20000; i++) {
            try {
                ls += Math.addExact(Integer.MAX_VALUE - 10, i & 15);
            } catch (ArithmeticException e) {
                exact++;
            }
            try {
                ls += Math.multiplyExact((long) i << 40, 1L << 22);
            } catch (ArithmeticException e) {
                exact++;
            }
        }
        System.out.println("exact " + exact + " " + ls);

        int[] src = new int[100];
        for (int i = 0; i < src.length; i++) src[i] = i;
        long ac = 0;
        for (int r = 0; r < 20000; r++) {
            int[] dst = new int[100];
            System.arraycopy(src, r % 10, dst, r % 7, 50);
            System.arraycopy(dst, 0, dst, 1, 60);
            System.arraycopy(dst, 5, dst, 2, 40);
            ac += dst[r % 100] + dst[50];
        }
        byte[] bs = "hello world".getBytes();
        char[] cs = new char[5];
        "abcdefgh".getChars(2, 7, cs, 0);
        long[] la = {1, 2, 3, 4};
        double[] da = {0.5, 1.5};
        Object[] oa = {"x", 1, null};
        Object[] ob = new Object[5];
        System.arraycopy(la, 1, la, 0, 3);
        System.arraycopy(oa, 0, ob, 2, 3);
        System.arraycopy(da, 0, da, 1, 1);
        System.arraycopy(bs, 6, bs, 0, 5);
        System.out.println("arraycopy " + ac + " " + new String(bs) + " " + new String(cs) + " " + Arrays.toString(la) + " "
                + Arrays.toString(ob) + " " + Arrays.toString(da));
        int fails = 0;
        for (int r = 0; r < 3000; r++) {
            try {
                System.arraycopy(src, 90, new int[10], 0, r % 20);
            } catch (ArrayIndexOutOfBoundsException e) {
                fails++;
            }
            try {
                System.arraycopy(r % 100 == 0 ? (Object) new String[1] : new Object[1], 0, new Integer[1], 0, 1);
            } catch (ArrayStoreException e) {
                fails += 1000;
            }
        }
        System.out.println("arraycopy fails " + fails);

        long sh = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            String s = Integer.toString(i * 7919, 16);
            sh += s.hashCode() + s.indexOf('a') + s.length() + s.toUpperCase().charAt(0) + (s.contains("ff") ? 1 : 0)
                + s.compareTo("beef") + (s.equals("3e") ? 100 : 0) + s.replace('a', 'z').lastIndexOf('z')
                + Integer.parseInt(s, 16) + Long.parseLong("-" + i) + (int) Double.parseDouble(i + ".5")
                + s.trim().strip().repeat(2).length() + String.valueOf(i * 0.5).length() + Long.toHexString(~i).length();
            if (i % 2000 == 0) sb.append(s).append(':').append(s.substring(1)).append(' ');
        }
        System.out.println("strings " + sh + " " + sb);

        long box = 0;
        int same = 0;
        for (int i = -200; i < 200; i++) {
            for (int r = 0; r < 50; r++) {
                Integer a = i, b = i;
                Long c = (long) i;
                Character ch = (char) (i & 0x7f);
                if (a == b) same++;
                box += a + b + c + ch + Boolean.hashCode(i > 0) + Double.valueOf(i).intValue() + Short.valueOf((short) i);
            }
        }
        System.out.println("boxing " + box + " same " + same);

        Object[] objs = {"s", 1, 2L, new int[0], new String[0][0], new StringBuilder(), Thread.currentThread()};
        StringBuilder names = new StringBuilder();
        int stable = 0;
        for (int r = 0; r < 3000; r++) {
            for (Object o : objs) {
                int h1 = System.identityHashCode(o), h2 = System.identityHashCode(o);
                if (h1 == h2) stable++;
                if (r == 0) names.append(o.getClass().getName()).append(' ');
            }
        }
        System.out.println("classes " + names + "stable " + stable + " thread " + Thread.currentThread().getName());

        int[] arr = new int[300];
        long as = 0;
        for (int r = 0; r < 300; r++) {
            for (int i = 0; i < arr.length; i++) arr[i] = (i * 31 + r * 17) % 101;
            Arrays.sort(arr);
            as += Arrays.hashCode(arr) + Arrays.binarySearch(arr, 50);
            Arrays.fill(arr, 10, 20, r);
            as += arr[15];
        }
        System.out.println("arrays " + as);
        System.out.println("nanoTime monotonic " + (System.nanoTime() <= System.nanoTime()) + " " + (System.currentTimeMillis() > 0));
    }
}
