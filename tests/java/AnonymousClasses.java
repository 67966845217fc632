import java.util.*;
public class AnonymousClasses {
    interface Greeter { String greet(String n); }
    static abstract class Shape { final String name; Shape(String name) { this.name = name; } abstract double area(); public String toString() { return name + ":" + area(); } }
    int base = 3;
    Greeter make(String prefix) {
        int local = prefix.length();
        return new Greeter() {
            int calls = 0;
            public String greet(String n) { calls++; return prefix + n + " base=" + base + " local=" + local + " calls=" + calls; }
        };
    }
    public static void main(String[] args) {
        AnonymousClasses o = new AnonymousClasses();
        Greeter g = o.make("Hi ");
        System.out.println(g.greet("A"));
        o.base = 9;
        System.out.println(g.greet("B"));
        Shape sq = new Shape("square") { double area() { return 4; } };
        double r = 2;
        Shape circ = new Shape("circle") { double area() { return Math.round(Math.PI * r * r * 100) / 100.0; } };
        System.out.println(sq + " " + circ);
        System.out.println(g.getClass().getName() + " " + sq.getClass().getName() + " [" + sq.getClass().getSimpleName() + "] " + sq.getClass().isAnonymousClass() + " " + sq.getClass().getSuperclass().getSimpleName());
        List<Integer> list = new ArrayList<>(List.of(5, 2, 8));
        Collections.sort(list, new Comparator<Integer>() { public int compare(Integer a, Integer b) { return b - a; } });
        System.out.println(list);
        Object obj = new Object() { int hidden = 5; @Override public String toString() { return "anon obj " + hidden; } };
        System.out.println(obj);
        Iterator<Integer> countdown = new Iterator<>() {
            int n = 5;
            public boolean hasNext() { return n > 0; }
            public Integer next() { return n--; }
        };
        while (countdown.hasNext()) System.out.print(countdown.next() + " ");
        System.out.println();
        Runnable nested = new Runnable() { public void run() { new Runnable() { public void run() { System.out.println("nested anon " + getClass().getName()); } }.run(); } };
        nested.run();
        var anonVar = new Object() { int x = 10; int twice() { return x * 2; } };
        System.out.println(anonVar.twice());
    }
}
