import java.util.*;
public class CloneOps {
    static class Sheep implements Cloneable {
        String name; int[] tags; List<String> notes = new ArrayList<>();
        Sheep(String n, int... t) { name = n; tags = t; }
        @Override public Sheep clone() { try { return (Sheep) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
        Sheep deepClone() { Sheep s = clone(); s.tags = tags.clone(); s.notes = new ArrayList<>(notes); return s; }
    }
    static class NotCloneable { Object tryClone() throws CloneNotSupportedException { return super.clone(); } }
    public static void main(String[] args) throws Exception {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 99;
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + (a != b));
        int[][] m = {{1, 2}, {3, 4}};
        int[][] mc = m.clone();
        mc[0][0] = -1; mc[1] = new int[]{7};
        System.out.println(Arrays.deepToString(m) + " " + Arrays.deepToString(mc));
        String[] s = {"x", "y"};
        Object[] sc = s.clone();
        System.out.println(sc.getClass().getSimpleName() + " " + Arrays.toString(sc));
        Sheep dolly = new Sheep("dolly", 1, 2);
        dolly.notes.add("original");
        Sheep shallow = dolly.clone(), deep = dolly.deepClone();
        shallow.name = "shallow"; shallow.tags[0] = 100; shallow.notes.add("from shallow");
        deep.tags[1] = 200; deep.notes.add("from deep");
        System.out.println(dolly.name + " " + Arrays.toString(dolly.tags) + " " + dolly.notes);
        System.out.println(shallow.name + " " + Arrays.toString(shallow.tags) + " " + shallow.notes);
        System.out.println(deep.name + " " + Arrays.toString(deep.tags) + " " + deep.notes + " " + (deep.getClass() == Sheep.class));
        try { new NotCloneable().tryClone(); } catch (CloneNotSupportedException e) { System.out.println("CNSE " + e.getMessage()); }
        ArrayList<Integer> al = new ArrayList<>(List.of(1, 2));
        @SuppressWarnings("unchecked") ArrayList<Integer> alc = (ArrayList<Integer>) al.clone();
        alc.add(3);
        System.out.println(al + " " + alc);
        long[] big = new long[1000];
        for (int i = 0; i < big.length; i++) big[i] = i * 3L;
        long[] bc = big.clone();
        System.out.println(Arrays.equals(big, bc) + " " + bc[999]);
        char[] empty = new char[0];
        System.out.println(empty.clone().length);
    }
}
