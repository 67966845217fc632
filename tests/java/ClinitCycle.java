public class ClinitCycle {
    static class A { static int a; static { a = B.b + 1; System.out.println("A init, B.b=" + B.b); } }
    static class B { static int b; static { b = A.a + 10; System.out.println("B init, A.a=" + A.a); } }
    static class Self { static Self INSTANCE = new Self(); static int counter = 5; int seen; Self() { seen = counter; counter++; } }
    static class Holder { static { System.out.println("Holder init"); } static final Holder H = new Holder(); private Holder() { System.out.println("Holder ctor"); } }
    public static void main(String[] args) {
        System.out.println("A.a=" + A.a + " B.b=" + B.b);
        System.out.println("Self.seen=" + Self.INSTANCE.seen + " counter=" + Self.counter);
        System.out.println("before holder");
        Holder h = Holder.H;
        System.out.println(h == Holder.H);
    }
}
