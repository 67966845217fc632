import java.util.*;
public class LocalClasses {
    interface Counter { int next(); }
    static Counter makeCounter(int start, int step) {
        class StepCounter implements Counter {
            int cur = start;
            public int next() { int r = cur; cur += step; return r; }
            @Override public String toString() { return "StepCounter@" + cur; }
        }
        return new StepCounter();
    }
    int field = 100;
    List<String> instanceLocal() {
        String suffix = "!";
        class Fmt { String f(int x) { return x + field + suffix; } }
        Fmt f = new Fmt();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) out.add(f.f(i));
        return out;
    }
    public static void main(String[] args) {
        Counter c = makeCounter(10, 5);
        System.out.println(c.next() + " " + c.next() + " " + c.next() + " " + c);
        System.out.println(c.getClass().getName() + " [" + c.getClass().getSimpleName() + "] " + c.getClass().isLocalClass());
        System.out.println(new LocalClasses().instanceLocal());
        class Fact { long of(int n) { return n <= 1 ? 1 : n * of(n - 1); } }
        System.out.println(new Fact().of(20));
        enum LocalEnum { A, B }
        interface LocalI { int v(); }
        LocalI li = () -> LocalEnum.B.ordinal();
        System.out.println(LocalEnum.valueOf("A") + " " + li.v());
        for (int round = 0; round < 2; round++) {
            final int r = round;
            class PerRound { String tag() { return "round" + r; } }
            System.out.println(new PerRound().tag());
        }
    }
}
