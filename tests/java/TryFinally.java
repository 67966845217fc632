public class TryFinally {
    static StringBuilder log = new StringBuilder();
    static int nested(int mode) {
        try {
            log.append("t1 ");
            try {
                log.append("t2 ");
                if (mode == 1) throw new RuntimeException("r");
                if (mode == 2) return 2;
                if (mode == 3) throw new Error("e");
            } finally {
                log.append("f2 ");
            }
            log.append("after ");
        } catch (RuntimeException e) {
            log.append("c1:" + e.getMessage() + " ");
            return -1;
        } finally {
            log.append("f1 ");
        }
        return 0;
    }
    static int loops() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }
    static String finallyOverridesException() {
        try {
            try { throw new IllegalArgumentException("lost"); }
            finally { throw new IllegalStateException("winner"); }
        } catch (RuntimeException e) { return e.getClass().getSimpleName() + " " + e.getMessage(); }
    }
    public static void main(String[] args) {
        for (int m = 0; m < 4; m++) {
            log.setLength(0);
            try { int r = nested(m); log.append("=" + r); } catch (Error e) { log.append("error:" + e.getMessage()); }
            System.out.println(m + ": " + log);
        }
        System.out.println(loops());
        System.out.println(finallyOverridesException());
        int x = 0;
        try { x = 1; } finally { x *= 10; }
        System.out.println(x);
        String s = null;
        try { try { s.length(); } finally { System.out.println("inner finally"); } } catch (NullPointerException e) { System.out.println("NPE caught"); }
        int depth = 0;
        try { try { try { throw new Exception("deep"); } finally { depth++; } } finally { depth++; } } catch (Exception e) { System.out.println(e.getMessage() + " " + depth); }
    }
}
