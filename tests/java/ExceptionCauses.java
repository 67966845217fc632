public class ExceptionCauses {
    public static void main(String[] args) {
        Exception root = new IllegalArgumentException("root cause");
        Exception mid = new IllegalStateException("middle", root);
        RuntimeException top = new RuntimeException(mid);
        System.out.println(top.getMessage());
        System.out.println(top);
        Throwable t = top;
        int depth = 0;
        while (t != null) { System.out.println(depth++ + ": " + t.getClass().getName() + " / " + t.getMessage()); t = t.getCause(); }
        Exception e = new Exception();
        System.out.println(e.getMessage() + " " + e.getCause() + " " + e);
        Exception e2 = new Exception((String) null);
        System.out.println(e2.toString());
        Exception late = new Exception("late");
        late.initCause(new ArithmeticException("arith"));
        System.out.println(late.getCause().getMessage());
        try { late.initCause(new Error()); } catch (IllegalStateException ise) { System.out.println("initCause twice: " + ise.getClass().getSimpleName()); }
        Throwable self = new Throwable("self");
        try { self.initCause(self); } catch (IllegalArgumentException iae) { System.out.println("self-causation: " + iae.getClass().getSimpleName()); }
        Exception sup = new Exception("primary");
        sup.addSuppressed(new RuntimeException("s1"));
        sup.addSuppressed(new RuntimeException("s2"));
        for (Throwable s : sup.getSuppressed()) System.out.println("suppressed " + s.getMessage());
        Throwable withCauseOnly = new Exception(new Error("inner"));
        System.out.println(withCauseOnly.getMessage());
        System.out.println(new Throwable("x").getLocalizedMessage());
    }
}
