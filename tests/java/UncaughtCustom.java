public class UncaughtCustom {
    static class MyFailure extends RuntimeException { MyFailure(String m, Throwable c) { super(m, c); } }
    public static void main(String[] args) {
        System.out.println("start");
        try { Integer.parseInt("zz"); }
        catch (NumberFormatException e) { throw new MyFailure("parse failed", e); }
        finally { System.out.println("finally runs before death"); }
    }
}
