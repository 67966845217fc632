public class DiamondDefaults {
    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B>" + A.super.who(); } }
    interface C extends A { default String who() { return "C>" + A.super.who(); } }
    static class D implements B, C { public String who() { return "D(" + B.super.who() + "," + C.super.who() + ")"; } }
    interface E extends A {}
    interface F extends A {}
    static class G implements E, F {}
    interface H extends B, E {}
    static class I implements H {}
    static class Base { public String who() { return "Base"; } }
    static class J extends Base implements B {}
    interface X { default int v() { return 1; } }
    interface Y extends X { int v(); }
    static class Z implements Y { public int v() { return 2; } }
    public static void main(String[] args) {
        System.out.println(new D().who());
        System.out.println(new G().who());
        System.out.println(new I().who());
        System.out.println(new J().who());
        System.out.println(new Z().v());
        A a = new D();
        System.out.println(a.who());
        A[] all = {new D(), new G(), new I(), new J(), new A() {}};
        StringBuilder sb = new StringBuilder();
        for (A x : all) sb.append(x.who().length()).append(' ');
        System.out.println(sb);
    }
}
