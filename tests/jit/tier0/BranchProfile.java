// A loop whose body's `if` holds 3 times in 4: the loop's exit test (if_icmpge) is taken once and falls
// through 1000 times; the body's test (ifeq, jumping when i % 4 == 0) is taken 250 times and not taken 750.
public class BranchProfile {
    static int count(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 3) != 0) s++;
        }
        return s;
    }

    static int nulls(Object[] a) {
        int n = 0;
        for (Object o : a)
            if (o == null) n++;
        return n;
    }

    public static void main(String[] args) {
        System.out.println(count(1000));
        Object[] a = new Object[10];
        a[3] = "x";
        a[7] = a;
        System.out.println(nulls(a));
    }
}
