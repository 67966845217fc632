public class VmExceptions {
    static class A {}
    static class B extends A {}
    static void show(Throwable e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
    public static void main(String[] args) {
        int zero = 0;
        try { System.out.println(1 / zero); } catch (ArithmeticException e) { show(e); }
        try { System.out.println(1L % zero); } catch (ArithmeticException e) { show(e); }
        int[] a = new int[3];
        try { a[5] = 1; } catch (ArrayIndexOutOfBoundsException e) { show(e); }
        try { a[-1] = 1; } catch (ArrayIndexOutOfBoundsException e) { show(e); }
        String[] sa = new String[0];
        try { System.out.println(sa[0]); } catch (ArrayIndexOutOfBoundsException e) { show(e); }
        try { int[] n = new int[-1]; } catch (NegativeArraySizeException e) { show(e); }
        try { Object[] n = new Object[zero - 42]; } catch (NegativeArraySizeException e) { show(e); }
        try { Object o = new A(); B b = (B) o; } catch (ClassCastException e) { show(e); }
        try { Object o = "str"; Integer i = (Integer) o; } catch (ClassCastException e) { show(e); }
        try { Object o = new int[1]; long[] l = (long[]) o; } catch (ClassCastException e) { show(e); }
        try { Object[] arr = new String[1]; arr[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { show(e); }
        try { Object[] arr = new Integer[1]; arr[0] = new A(); } catch (ArrayStoreException e) { show(e); }
        try { "abc".charAt(10); } catch (StringIndexOutOfBoundsException e) { show(e); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { show(e); }
        try { "abc".substring(-1); } catch (StringIndexOutOfBoundsException e) { show(e); }
        try { new java.util.ArrayList<Integer>().get(0); } catch (IndexOutOfBoundsException e) { show(e); }
        try { java.util.List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println(e.getClass().getName()); }
        try { new java.util.ArrayDeque<Integer>().pop(); } catch (java.util.NoSuchElementException e) { System.out.println(e.getClass().getName()); }
        try { Integer.parseInt("12x"); } catch (NumberFormatException e) { show(e); }
        try { Long.parseLong(""); } catch (NumberFormatException e) { show(e); }
        try { Double.parseDouble("1.2.3"); } catch (NumberFormatException e) { show(e); }
        try { System.arraycopy(a, 0, a, 2, 5); } catch (ArrayIndexOutOfBoundsException e) { show(e); }
        try { System.arraycopy(a, 0, new long[3], 0, 1); } catch (ArrayStoreException e) { show(e); }
        try { Object o = null; o.hashCode(); } catch (NullPointerException e) { System.out.println(e.getClass().getName()); }
        try { Enum.valueOf(Thread.State.class, "NOPE"); } catch (IllegalArgumentException e) { show(e); }
    }
}
