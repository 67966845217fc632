// Counters and profiles survive a snapshot: the static initialiser runs before `ember snapshot --main` writes
// the snapshot (300 calls of work(), Circle receivers), main runs after `ember invoke` restored it (200 more
// calls, Square receivers). The profile printed at the invocation's exit has both: 500 invocations, and two
// receiver rows whose Class pointers were written before the snapshot and after it.
public class SnapshotCounts {
    interface Shape {
        int sides();
    }
    static final class Circle implements Shape {
        public int sides() { return 0; }
    }
    static final class Square implements Shape {
        public int sides() { return 4; }
    }

    static int work(int i, Shape s) {
        int r = s.sides();
        if (i % 10 == 0) r++;
        return r;
    }

    static final int BEFORE;
    static {
        int s = 0;
        Shape c = new Circle();
        for (int i = 0; i < 300; i++) s += work(i, c);
        BEFORE = s;
    }

    public static void main(String[] args) {
        int s = 0;
        Shape q = new Square();
        for (int i = 0; i < 200; i++) s += work(i, q);
        System.out.println(BEFORE + " " + s);
    }
}
