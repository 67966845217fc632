// An exception escaping main from a method that has long been hot, through frames with finally blocks and
// synchronized methods: status 1, the stdout printed so far, and stderr's first line are compared.
public class JitUncaught {
    static int sum;

    static synchronized int work(int i) {
        try {
            if (i == 40000) throw new IllegalStateException("hot failure at " + i);
            return i & 3;
        } finally {
            sum++;
        }
    }

    static int middle(int i) {
        try {
            return work(i) + 1;
        } finally {
            if (i == 40000) System.out.println("finally in middle, sum " + sum);
        }
    }

    public static void main(String[] args) {
        long acc = 0;
        for (int i = 0; i < 50000; i++) {
            acc += middle(i);
            if (i % 10000 == 0) System.out.println("at " + i + " acc " + acc);
        }
        System.out.println("not reached " + acc);
    }
}
