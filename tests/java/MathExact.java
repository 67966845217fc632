public class MathExact {
    interface Op { long run(); }
    static void t(String label, Op op) {
        try { System.out.println(label + " = " + op.run()); }
        catch (ArithmeticException e) { System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }
    public static void main(String[] args) {
        t("addExact(1,2)", () -> Math.addExact(1, 2));
        t("addExact(MAX,1)", () -> Math.addExact(Integer.MAX_VALUE, 1));
        t("addExact(LMAX,1)", () -> Math.addExact(Long.MAX_VALUE, 1L));
        t("subtractExact(MIN,1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        t("multiplyExact(65536,65536)", () -> Math.multiplyExact(65536, 65536));
        t("multiplyExact(L)", () -> Math.multiplyExact(1L << 32, 1L << 31));
        t("multiplyExact(L,int)", () -> Math.multiplyExact(3L, 4));
        t("negateExact(MIN)", () -> Math.negateExact(Integer.MIN_VALUE));
        t("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE));
        t("decrementExact(LMIN)", () -> Math.decrementExact(Long.MIN_VALUE));
        t("toIntExact(2^31)", () -> Math.toIntExact(1L << 31));
        t("toIntExact(-5)", () -> Math.toIntExact(-5L));
        t("absExact(MIN)", () -> Math.absExact(Integer.MIN_VALUE));
        t("floorDiv(MIN,-1)", () -> Math.floorDiv(Integer.MIN_VALUE, -1));
        t("multiplyHigh", () -> Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE));
        t("StrictMath.addExact", () -> StrictMath.addExact(5, 6));
        long f = 1;
        int n = 1;
        try { while (true) { f = Math.multiplyExact(f, n); n++; } } catch (ArithmeticException e) { System.out.println("factorial overflow at n=" + n + " last=" + f); }
    }
}
