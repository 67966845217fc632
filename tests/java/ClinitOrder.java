public class ClinitOrder {
    static StringBuilder log = new StringBuilder();
    static void log(String s) { log.append(s).append(';'); }
    static class A { static { log("A.clinit"); } static int a = init("A.a"); A() { log("A()"); } }
    static class B extends A { static { log("B.clinit"); } static int b = init("B.b"); int f = init("B.f"); B() { super(); log("B()"); } }
    static class C extends B { static int c = init("C.c"); { log("C.instinit"); } C() { log("C()"); } static void touch() { log("C.touch"); } }
    static class D { static int x = 5; static { log("D.clinit x=" + x); x = 10; } static int y = x * 2; }
    static class E { static int first = E.second + 1; static int second = 7; }
    static class F { static final int CONST = 100; static { log("F.clinit"); } }
    static class G { static final String SCONST = "g"; static final Integer BOXED = 7; static { log("G.clinit"); } }
    static class H { static { log("H.clinit"); } static void m() { log("H.m"); } }
    static class I { static { log("I.clinit"); } }
    static int init(String s) { log(s); return 1; }
    public static void main(String[] args) {
        log("main");
        new C();
        System.out.println(log); log.setLength(0);
        new C();
        System.out.println(log); log.setLength(0);
        C.touch();
        System.out.println(log); log.setLength(0);
        System.out.println(D.y + " " + D.x + " " + log); log.setLength(0);
        System.out.println(E.first + " " + E.second);
        System.out.println(F.CONST + " " + log); log.setLength(0);
        System.out.println(G.SCONST + " " + log); log.setLength(0);
        System.out.println(G.BOXED + " " + log); log.setLength(0);
        H[] hs = new H[3];
        System.out.println(hs.length + " " + log); log.setLength(0);
        Class<?> k = H.class;
        System.out.println(k.getSimpleName() + " " + log); log.setLength(0);
        H.m();
        System.out.println(log); log.setLength(0);
        I i = null;
        System.out.println((i == null) + " " + log); log.setLength(0);
        new I();
        System.out.println(log);
    }
}
