public class NpeCases {
    int field;
    void method() {}
    static int[] nullArr() { return null; }
    static NpeCases nullObj() { return null; }
    static void attempt(String label, Runnable r) {
        try { r.run(); System.out.println(label + ": no exception"); }
        catch (NullPointerException e) { System.out.println(label + ": " + e.getClass().getName()); }
    }
    public static void main(String[] args) {
        attempt("getfield", () -> System.out.println(nullObj().field));
        attempt("putfield", () -> nullObj().field = 3);
        attempt("invokevirtual", () -> nullObj().method());
        attempt("arraylength", () -> System.out.println(nullArr().length));
        attempt("iaload", () -> System.out.println(nullArr()[0]));
        attempt("iastore", () -> nullArr()[0] = 1);
        attempt("athrow", () -> { RuntimeException r = null; throw r; });
        attempt("monitor", () -> { synchronized (nullObj()) { System.out.println("x"); } });
        attempt("unboxing", () -> { Integer i = null; int x = i; System.out.println(x); });
        attempt("string switch", () -> { String s = null; switch (s) { case "a": break; default: break; } });
        attempt("string concat ok", () -> { String s = null; System.out.println("v=" + s); });
        attempt("interface", () -> { Runnable r = null; r.run(); });
        attempt("string method", () -> { String s = null; s.length(); });
        attempt("requireNonNull", () -> java.util.Objects.requireNonNull(null));
        attempt("enhanced for", () -> { int[] a = null; for (int v : a) System.out.println(v); });
        attempt("valueOf null ok", () -> System.out.println(String.valueOf((Object) null)));
        NullPointerException explicit = new NullPointerException("explicit message");
        System.out.println(explicit.getMessage());
    }
}
