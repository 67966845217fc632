// Exceptions thrown and caught across frames, in hot code: what a baseline compiler's exception tables,
// handler entry (operand stack reset, locals written back) and unwinding must get right.
public class JitExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String m, int code) { super(m); this.code = code; }
    }
    static class SubAppException extends AppException {
        SubAppException(String m, int code) { super(m, code); }
    }
    static class Boom {
        final int v;
        Boom(int v) {
            if (v % 7 == 3) throw new IllegalArgumentException("bad " + v);
            this.v = v;
        }
    }
    static class Outer {
        Boom inner;
        Outer(int v) throws AppException {
            try {
                inner = new Boom(v);
            } catch (IllegalArgumentException e) {
                throw new AppException("outer " + e.getMessage(), v);
            }
        }
    }

    static int depth(int n, int throwAt) throws AppException {
        if (n == throwAt) {
            if ((n & 1) == 0) throw new SubAppException("sub at " + n, n);
            throw new AppException("at " + n, n);
        }
        if (n == 0) return 1;
        return depth(n - 1, throwAt) + 1;
    }

    static int finallyCount;
    static int withFinally(int i) {
        try {
            if (i % 3 == 0) throw new IllegalStateException("s" + i);
            if (i % 3 == 1) return i * 2;
            return -i;
        } finally {
            finallyCount++;
        }
    }

    static int rethrow(int i) throws AppException {
        try {
            return depth(10, i % 12);
        } catch (SubAppException e) {
            throw new AppException("wrapped " + e.getMessage(), e.code + 100);
        } catch (AppException e) {
            throw e;
        }
    }

    // Locals changed inside the try must be seen by the handler (no stale register copies).
    static String localsInHandler(int k) {
        int i = 1; long l = 2; float f = 3; double d = 4; String s = "a"; Object o = null;
        try {
            i = k; l = k * 10L; f = k / 2f; d = k / 4.0; s = "s" + k; o = Integer.valueOf(k);
            if (k >= 0) throw new RuntimeException();
            i = -1; l = -1; f = -1; d = -1; s = "never"; o = "never";
        } catch (RuntimeException e) {
            return i + " " + l + " " + f + " " + d + " " + s + " " + o;
        }
        return "no";
    }

    static int thrower(int x) { if (x > 3) throw new ArithmeticException("x=" + x); return x; }

    // An exception while values are on the operand stack: the handler starts with an empty stack.
    static int operandStack(int x) {
        int r = 0;
        try {
            r = 100 + x * (thrower(x) + 7) - thrower(x + 1);
        } catch (ArithmeticException e) {
            r = -x;
        }
        return r;
    }

    static int nestedInLoop(int n) {
        int caught = 0, inner = 0, fin = 0;
        for (int i = 0; i < n; i++) {
            try {
                try {
                    if (i % 5 == 0) throw new IllegalArgumentException();
                    if (i % 5 == 1) throw new UnsupportedOperationException();
                    if (i % 5 == 2) {
                        int[] a = new int[2];
                        a[i % 3 + 2] = 1;
                    }
                    if (i % 5 == 3) {
                        Object o = "x";
                        Integer bad = (Integer) o;
                        inner += bad;
                    }
                } catch (IllegalArgumentException e) {
                    inner++;
                } finally {
                    fin++;
                }
            } catch (UnsupportedOperationException | ClassCastException e) {
                caught += 2;
            } catch (RuntimeException e) {
                caught += 3;
            }
        }
        return caught * 1000000 + inner * 1000 + fin;
    }

    static long catchBySupertype(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            try {
                switch (i % 6) {
                    case 0: throw new NumberFormatException("nfe");
                    case 1: throw new ArrayIndexOutOfBoundsException(i);
                    case 2: throw new StackOverflowError();
                    case 3: throw new AppException("app", i);
                    case 4: Integer.parseInt("z" + i); break;
                    default: sum += i;
                }
            } catch (IllegalArgumentException e) {
                sum += 1;
            } catch (IndexOutOfBoundsException e) {
                sum += 10;
            } catch (Error e) {
                sum += 100;
            } catch (Exception e) {
                sum += 1000;
            }
        }
        return sum;
    }

    static int returnInFinally(int i) {
        try {
            throw new RuntimeException("lost");
        } finally {
            if (i >= 0) return i + 1;
        }
    }

    static String chain() {
        try {
            try {
                thrower(10);
            } catch (ArithmeticException e) {
                throw new IllegalStateException("second", e);
            }
        } catch (IllegalStateException e) {
            return e.getMessage() + " <- " + e.getCause().getMessage();
        }
        return "none";
    }

    public static void main(String[] args) throws Exception {
        int ok = 0, app = 0, sub = 0;
        long codes = 0;
        for (int i = 0; i < 3000; i++) {
            try {
                ok += rethrow(i);
            } catch (AppException e) {
                if (e.getMessage().startsWith("wrapped")) sub++; else app++;
                codes += e.code;
            }
        }
        System.out.println("rethrow ok=" + ok + " app=" + app + " sub=" + sub + " codes=" + codes);

        long fsum = 0;
        int ise = 0;
        for (int i = 0; i < 3000; i++) {
            try {
                fsum += withFinally(i);
            } catch (IllegalStateException e) {
                ise++;
            }
        }
        System.out.println("finally sum=" + fsum + " ise=" + ise + " count=" + finallyCount);

        for (int k = 0; k < 2000; k++) {
            String r = localsInHandler(k);
            if (k % 500 == 7) System.out.println("locals " + r);
        }
        long os = 0;
        for (int x = 0; x < 5000; x++) os += operandStack(x % 8);
        System.out.println("operand stack " + os);
        System.out.println("nested " + nestedInLoop(5000));
        System.out.println("supertype " + catchBySupertype(6000));
        int rf = 0;
        for (int i = 0; i < 1000; i++) rf += returnInFinally(i);
        System.out.println("return in finally " + rf);

        int built = 0, failed = 0;
        StringBuilder msgs = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            try {
                Outer o = new Outer(i);
                built += o.inner.v & 1;
            } catch (AppException e) {
                failed++;
                if (e.code < 40) msgs.append(e.getMessage()).append(';');
            }
        }
        System.out.println("ctor built=" + built + " failed=" + failed + " " + msgs);
        System.out.println("chain " + chain());

        // an exception escaping a deep recursion into a loop that keeps going
        int escaped = 0;
        for (int i = 0; i < 300; i++) {
            try {
                depth(200, 200 - (i % 150));
            } catch (AppException e) {
                escaped += e.code;
            }
        }
        System.out.println("escaped " + escaped);
    }
}
