public class CustomFunctional {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
        default <V> TriFunction<A, B, C, V> andThen(java.util.function.Function<? super R, ? extends V> after) { return (a, b, c) -> after.apply(apply(a, b, c)); }
        static <T> TriFunction<T, T, T, String> joiner(String sep) { return (a, b, c) -> a + sep + b + sep + c; }
    }
    interface Validator {
        boolean validate(String s);
        default Validator and(Validator o) { return s -> validate(s) && o.validate(s); }
        default Validator not() { return s -> !validate(s); }
        static Validator minLen(int n) { return s -> s.length() >= n; }
    }
    interface IntOp { int op(int a, int b); default int twice(int a, int b) { return op(op(a, b), b); } }
    interface Thrower<E extends Exception> { void run() throws E; }
    interface Generic { <T> T pick(T a, T b); }
    static <E extends Exception> void attempt(Thrower<E> t) { try { t.run(); System.out.println("ok"); } catch (Exception e) { System.out.println("threw " + e.getMessage()); } }
    public static void main(String[] args) {
        TriFunction<Integer, Integer, Integer, Integer> vol = (a, b, c) -> a * b * c;
        System.out.println(vol.apply(2, 3, 4) + " " + vol.andThen(x -> "vol=" + x).apply(1, 2, 3) + " " + TriFunction.<String>joiner("/").apply("a", "b", "c"));
        Validator hasDigit = s -> s.chars().anyMatch(Character::isDigit);
        Validator strong = Validator.minLen(8).and(hasDigit);
        for (String pw : new String[]{"short1", "longenough", "longenough9"}) System.out.println(pw + " " + strong.validate(pw) + " " + strong.not().validate(pw));
        IntOp sub = (a, b) -> a - b;
        System.out.println(sub.twice(10, 3));
        attempt(() -> { throw new java.io.IOException("io failure"); });
        attempt(() -> System.out.print(""));
        Generic g = new Generic() { public <T> T pick(T a, T b) { return b; } };
        System.out.println(g.pick("first", "second") + " " + g.pick(1, 2));
    }
}
