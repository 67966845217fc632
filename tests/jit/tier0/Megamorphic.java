// A call site seeing four receiver classes (more than the two rows): the first two classes seen keep their
// rows, the other classes' calls count as polymorphic. The same through an interface, and a site that sees one
// class only (monomorphic).
public class Megamorphic {
    static class Animal {
        int legs() { return 0; }
    }
    static class Bird extends Animal {
        int legs() { return 2; }
    }
    static class Dog extends Animal {
        int legs() { return 4; }
    }
    static class Spider extends Animal {
        int legs() { return 8; }
    }
    static class Fish extends Animal {
    }

    static int legs(Animal[] zoo) {
        int n = 0;
        for (Animal a : zoo) n += a.legs();
        return n;
    }

    static int sizes(java.util.Collection<?>[] cs) {
        int n = 0;
        for (java.util.Collection<?> c : cs) n += c.size();
        return n;
    }

    static int same(Dog[] dogs) {
        int n = 0;
        for (Dog d : dogs) n += d.legs();
        return n;
    }

    public static void main(String[] args) {
        Animal[] zoo = {new Dog(), new Bird(), new Dog(), new Spider(), new Fish(), new Bird(), new Fish(), new Fish()};
        int n = 0;
        for (int i = 0; i < 10; i++) n += legs(zoo);
        System.out.println(n);
        java.util.Collection<?>[] cs = {new java.util.ArrayList<String>(), new java.util.HashSet<String>(),
                                        new java.util.ArrayDeque<String>(), new java.util.LinkedList<String>(),
                                        new java.util.ArrayList<String>()};
        System.out.println(sizes(cs));
        System.out.println(same(new Dog[] {new Dog(), new Dog(), new Dog()}));
    }
}
