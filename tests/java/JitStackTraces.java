import java.util.function.IntUnaryOperator;

// Stack traces taken in hot (compiled) code: method names and line numbers of several frames, from throws in
// callees, implicit exceptions (division, array index, null, cast), constructors, lambdas and a loop that
// would be running on-stack-replaced code when the exception happens.
public class JitStackTraces {
    static String frames(Throwable t, int n) {
        StackTraceElement[] st = t.getStackTrace();
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName());
        for (int i = 0; i < n && i < st.length; i++) {
            sb.append(" | ").append(st[i].getMethodName()).append(':').append(st[i].getLineNumber());
        }
        return sb.toString();
    }

    static int leaf(int x) {
        if (x == 977) {
            throw new IllegalStateException("leaf " + x);
        }
        return x + 1;
    }

    static int middle(int x) {
        int y = x * 2;
        y = leaf(x)
            + y;
        return y;
    }

    static int top(int x) {
        return middle(x) - 1;
    }

    static int divide(int a, int b) {
        int q = a
                / b;
        return q;
    }

    static int index(int[] a, int i) {
        return a[i];
    }

    static int len(String s) {
        return s.length();
    }

    static String cast(Object o) {
        return (String) o;
    }

    static class Node {
        final int v;
        Node(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("neg");
            }
            this.v = v;
        }
    }

    static Node make(int v) {
        return new Node(v);
    }

    static Throwable created(int i) {
        return new Throwable("t" + i);
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                sum += top(i);
            } catch (IllegalStateException e) {
                System.out.println(frames(e, 4));
            }
        }
        System.out.println("sum " + sum);

        int[] arr = new int[10];
        int caught = 0;
        for (int i = 0; i < 3000; i++) {
            try {
                sum += divide(i, i % 500 == 499 ? 0 : 3);
                sum += index(arr, i % 1000 == 999 ? 10 : i % 10);
                sum += len(i % 1500 == 1499 ? null : "abc");
                sum += cast(i == 2999 ? (Object) Integer.valueOf(1) : "s").length();
            } catch (RuntimeException e) {
                if (caught++ < 12) System.out.println(frames(e, 2));
            }
        }
        System.out.println("caught " + caught + " sum " + sum);

        for (int i = 0; i < 2000; i++) {
            try {
                sum += make(i == 1999 ? -1 : i).v;
            } catch (IllegalArgumentException e) {
                System.out.println(frames(e, 3));
            }
        }

        IntUnaryOperator op = v -> {
            if (v == 1234) {
                throw new UnsupportedOperationException("lambda");
            }
            return v ^ 5;
        };
        for (int i = 0; i < 2000; i++) {
            try {
                sum += op.applyAsInt(i);
            } catch (UnsupportedOperationException e) {
                StackTraceElement[] st = e.getStackTrace();
                System.out.println(st[0].getLineNumber() + " " + st[0].getMethodName().startsWith("lambda$")
                        + " caller " + st[st.length - 1].getMethodName() + ":" + st[st.length - 1].getLineNumber());
            }
        }

        // a Throwable made (not thrown) in a hot method: its trace is filled at construction
        Throwable last = null;
        for (int i = 0; i < 1500; i++) last = created(i);
        System.out.println(last.getMessage() + " " + frames(last, 2));

        // an exception inside a long loop in main
        int j = 0;
        try {
            for (j = 0; j < 100000; j++) {
                if (j == 99999) {
                    arr[j] = j;
                }
                sum += j & 7;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage() + " j=" + j + " " + frames(e, 1));
        }
        System.out.println("sum " + sum);
    }
}
