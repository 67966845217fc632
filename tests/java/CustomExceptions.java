public class CustomExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        @Override public String getMessage() { return "[" + code + "] " + super.getMessage(); }
    }
    static class NotFound extends AppException { NotFound(String what) { super(what + " not found", 404); } }
    static class Quiet extends RuntimeException {
        Quiet() { super("quiet", null, false, false); }
    }
    static class Custom extends RuntimeException { @Override public String toString() { return "Custom!"; } }
    static void find(String k) throws AppException {
        if (k.isEmpty()) throw new AppException("empty key", 400);
        if (!k.equals("x")) throw new NotFound(k);
    }
    public static void main(String[] args) {
        String[] keys = {"x", "", "y"};
        for (String k : keys) {
            try { find(k); System.out.println("found " + k); }
            catch (NotFound e) { System.out.println("NotFound: " + e.getMessage() + " code=" + e.code + " " + e); }
            catch (AppException e) { System.out.println("App: " + e.getMessage() + " " + (e instanceof Exception)); }
        }
        Quiet q = new Quiet();
        System.out.println(q.getMessage() + " " + q.getStackTrace().length);
        q.addSuppressed(new Error());
        System.out.println(q.getSuppressed().length);
        try { throw new Custom(); } catch (Custom c) { System.out.println(c + " msg=" + c.getMessage()); }
        try { throw new NotFound("z"); } catch (Exception e) { System.out.println(e.getClass().getName() + " super=" + e.getClass().getSuperclass().getName()); }
    }
}
