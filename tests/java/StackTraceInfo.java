public class StackTraceInfo {
    static void level3() { throw new RuntimeException("from level3"); }
    static void level2() { level3(); }
    static void level1() { level2(); }
    static Throwable make() { return new Throwable("made"); }
    public static void main(String[] args) {
        try { level1(); } catch (RuntimeException e) {
            StackTraceElement[] st = e.getStackTrace();
            for (int i = 0; i < 4; i++) System.out.println(st[i].getClassName() + "." + st[i].getMethodName() + ":" + st[i].getLineNumber() + " " + st[i].getFileName());
        }
        Throwable t = make();
        System.out.println(t.getStackTrace()[0].getMethodName() + " " + t.getStackTrace()[0].getLineNumber());
        System.out.println(t.getStackTrace()[1].getMethodName() + " " + t.getStackTrace()[1].getLineNumber());
        try { int[] a = new int[1]; a[2] = 0; } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getStackTrace()[0].getMethodName() + ":" + e.getStackTrace()[0].getLineNumber());
        }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) {
            System.out.println(e.getStackTrace()[0].getMethodName() + ":" + e.getStackTrace()[0].getLineNumber());
        }
        Runnable r = new Runnable() { public void run() { throw new IllegalStateException("anon"); } };
        try { r.run(); } catch (IllegalStateException e) { System.out.println(e.getStackTrace()[0].getClassName() + "." + e.getStackTrace()[0].getMethodName() + ":" + e.getStackTrace()[0].getLineNumber()); }
        try { new Thrower(); } catch (RuntimeException e) { System.out.println(e.getStackTrace()[0].getMethodName() + ":" + e.getStackTrace()[0].getLineNumber()); }
    }
    static class Thrower { Thrower() { throw new RuntimeException("ctor"); } }
}
