public class VirtualDispatch {
    static class A {
        String name = "A.field";
        static String sname() { return "A.static"; }
        String who() { return "A"; }
        String callWho() { return "A.callWho->" + who(); }
        private String priv() { return "A.priv"; }
        String callPriv() { return priv(); }
        A() { init(); }
        void init() { System.out.println("A.init"); }
    }
    static class B extends A {
        String name = "B.field";
        int initVal = 7;
        static String sname() { return "B.static"; }
        @Override String who() { return "B"; }
        String priv() { return "B.priv"; }
        @Override void init() { System.out.println("B.init initVal=" + initVal); }
        String superWho() { return super.who() + "/" + super.name; }
    }
    static class C extends B {
        @Override String who() { return "C>" + super.who(); }
        @Override String callWho() { return "C.callWho->" + super.callWho(); }
    }
    static String over(Object o) { return "Object"; }
    static String over(String s) { return "String"; }
    static String over(Integer i) { return "Integer"; }
    static String over(int i) { return "int"; }
    static String over(long l) { return "long"; }
    static String over(Object... os) { return "varargs" + os.length; }
    public static void main(String[] args) {
        A a = new B();
        System.out.println(a.who() + " " + a.name + " " + ((B) a).name + " " + a.callWho() + " " + a.callPriv() + " " + ((B) a).superWho());
        A c = new C();
        System.out.println(c.who() + " " + c.callWho());
        System.out.println(A.sname() + " " + B.sname());
        Object s = "str";
        System.out.println(over(s) + " " + over("str") + " " + over(5) + " " + over(5L) + " " + over(Integer.valueOf(5)) + " " + over((short) 1) + " " + over('c') + " " + over() + " " + over(1, 2) + " " + over((Object) null));
        A[] arr = {new A(), new B(), new C()};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) sb.append(arr[i % 3].who().charAt(0));
        System.out.println(sb);
    }
}
