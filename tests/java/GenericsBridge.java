import java.util.*;
public class GenericsBridge {
    interface Source<T> { T get(); }
    static class StringSource implements Source<String> { public String get() { return "from StringSource"; } }
    static class Animal { Animal self() { return this; } public String toString() { return "Animal"; } }
    static class Dog extends Animal { @Override Dog self() { return this; } public String toString() { return "Dog"; } void bark() { System.out.println("woof"); } }
    static class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
        final T v; Box(T v) { this.v = v; }
        public int compareTo(Box<T> o) { return v.compareTo(o.v); }
        public String toString() { return "Box(" + v + ")"; }
    }
    interface Transformer<A, B> { B apply(A a); }
    static class Len implements Transformer<String, Integer> { public Integer apply(String s) { return s.length(); } }
    static abstract class Base<T> { abstract void take(T t); void takeAll(List<T> ts) { for (T t : ts) take(t); } }
    static class IntTaker extends Base<Integer> { int sum; void take(Integer i) { sum += i; } }
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Source raw = new StringSource();
        Object o = raw.get();
        System.out.println(o);
        Source<String> typed = new StringSource();
        System.out.println(typed.get().length());
        Animal a = new Dog();
        System.out.println(a.self());
        new Dog().self().bark();
        List<Box<Integer>> boxes = new ArrayList<>(List.of(new Box<>(3), new Box<>(1), new Box<>(2)));
        Collections.sort(boxes);
        System.out.println(boxes);
        Comparable rawCmp = new Box<>("b");
        System.out.println(rawCmp.compareTo(new Box<>("a")));
        try { rawCmp.compareTo("not a box"); } catch (ClassCastException e) { System.out.println("bridge CCE " + e.getMessage()); }
        Transformer rawT = new Len();
        System.out.println(rawT.apply("hello"));
        try { rawT.apply(5); } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        IntTaker t = new IntTaker();
        t.takeAll(List.of(1, 2, 3));
        ((Base) t).take(10);
        System.out.println(t.sum);
        List rawList = new ArrayList<String>();
        rawList.add(42);
        List<String> strs = rawList;
        try { String s = strs.get(0); System.out.println(s); } catch (ClassCastException e) { System.out.println("heap pollution CCE"); }
        Object fromList = strs.get(0);
        System.out.println(fromList);
    }
}
