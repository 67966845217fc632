public class InterfaceDefaults {
    interface Greeter {
        String name();
        default String greet() { return "Hello, " + decorate(name()); }
        private String decorate(String s) { return "*" + s + "*"; }
        static Greeter of(String n) { return () -> n; }
        static String util() { return "static util"; }
    }
    interface Loud extends Greeter { @Override default String greet() { return Greeter.super.greet().toUpperCase() + "!"; } }
    static class Person implements Greeter { public String name() { return "person"; } }
    static class LoudPerson extends Person implements Loud {}
    static class Override1 implements Loud { public String name() { return "o1"; } public String greet() { return "custom " + Loud.super.greet(); } }
    interface Counter { int COUNT_BASE = 100; default int count() { return COUNT_BASE + extra(); } int extra(); }
    abstract static class AbstractCounter implements Counter { public int count() { return -1; } }
    static class Concrete extends AbstractCounter { public int extra() { return 5; } }
    public static void main(String[] args) {
        System.out.println(new Person().greet());
        System.out.println(new LoudPerson().greet());
        System.out.println(new Override1().greet());
        System.out.println(Greeter.of("lambda").greet());
        System.out.println(Greeter.util());
        Counter c = () -> 7;
        System.out.println(c.count() + " " + new Concrete().count() + " " + Counter.COUNT_BASE);
        Greeter g = new LoudPerson();
        System.out.println(g.greet() + " " + (g instanceof Loud));
    }
}
