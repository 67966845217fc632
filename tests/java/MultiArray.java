import java.util.Arrays;
public class MultiArray {
    public static void main(String[] args) {
        int[][] a = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) a[i][j] = i * 10 + j;
        System.out.println(Arrays.deepToString(a));
        long[][][] b = new long[2][3][2];
        long c = 0;
        for (long[][] x : b) for (long[] y : x) for (int k = 0; k < y.length; k++) y[k] = c++;
        System.out.println(Arrays.deepToString(b));
        double[][] d = new double[2][];
        System.out.println(d[0] == null);
        d[0] = new double[]{1.5};
        d[1] = new double[]{2.5, 3.5, 4.5};
        System.out.println(Arrays.deepToString(d) + " " + d[1].length);
        String[][] s = new String[2][2];
        s[1][0] = "x";
        System.out.println(Arrays.deepToString(s));
        int[][][] e = new int[2][][];
        e[1] = new int[2][];
        System.out.println(Arrays.deepToString(e));
        char[][] g = {{'a', 'b'}, {'c'}};
        System.out.println(g[0][1] + "" + g[1][0] + " " + g.getClass().getName() + " " + g[0].getClass().getName());
        System.out.println(new int[0][5].length + " " + new int[5][0].length + " " + new int[5][0][0].length);
        try { int[][] bad = new int[2][-1]; System.out.println(bad.length); } catch (NegativeArraySizeException ex) { System.out.println("NASE " + ex.getMessage()); }
        try { int[][] bad = new int[-3][2]; System.out.println(bad.length); } catch (NegativeArraySizeException ex) { System.out.println("NASE " + ex.getMessage()); }
        Object[][] objs = new Integer[2][2];
        System.out.println(objs.getClass().getSimpleName() + " " + objs[0].getClass().getSimpleName());
        boolean[][] bo = new boolean[2][3];
        bo[1][2] = true;
        System.out.println(Arrays.deepToString(bo));
        int[][] tri = new int[5][];
        for (int i = 0; i < 5; i++) { tri[i] = new int[i + 1]; tri[i][0] = tri[i][i] = 1; for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]; }
        System.out.println(Arrays.deepToString(tri));
        byte[][][][] four = new byte[2][2][2][2];
        four[1][1][1][1] = 9;
        System.out.println(Arrays.deepToString(four));
    }
}
