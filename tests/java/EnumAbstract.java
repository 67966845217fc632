public class EnumAbstract {
    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        MINUS("-") { int apply(int a, int b) { return a - b; } },
        TIMES("*") { int apply(int a, int b) { return a * b; } @Override public String toString() { return "times!"; } },
        DIV("/") { int apply(int a, int b) { return a / b; } };
        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
    }
    interface Describable { String describe(); }
    enum Animal implements Describable {
        CAT { public String describe() { return "meows"; } },
        DOG { public String describe() { return "barks"; } };
        static int count;
        static { count = values().length; }
    }
    enum Singleton { INSTANCE; int counter; int next() { return ++counter; } }
    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.sym + " " + op.apply(12, 4) + " " + op.ordinal() + " " + op.getDeclaringClass().getSimpleName() + " " + (op.getClass() == Op.class));
        }
        try { Op.DIV.apply(1, 0); } catch (ArithmeticException e) { System.out.println("div: " + e.getMessage()); }
        for (Animal a : Animal.values()) System.out.println(a + " " + a.describe());
        System.out.println(Animal.count);
        Singleton.INSTANCE.next(); Singleton.INSTANCE.next();
        System.out.println(Singleton.INSTANCE.next() + " " + Singleton.valueOf("INSTANCE").counter);
        System.out.println(Op.valueOf("TIMES") + " " + Op.valueOf("TIMES").name());
    }
}
