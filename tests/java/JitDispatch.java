// Virtual and interface calls in hot loops with mono-, bi- and megamorphic receivers, and receiver sets that
// change after the call sites were warmed (inline caches must go stale correctly); default methods, diamond
// defaults, invokespecial super calls up a three-level chain, private and final methods, abstract classes,
// and methods overridden at different levels.
public class JitDispatch {
    interface Op { int apply(int x); }
    interface Named { default String name() { return "named:" + getClass().getSimpleName(); } }
    interface Tagged extends Named { default String name() { return "tagged:" + Named.super.name(); } int tag(); }
    interface Left { default int side() { return 1; } }
    interface Right { default int side() { return 2; } }

    static abstract class Animal implements Op, Named {
        int calls;
        abstract int legs();
        public int apply(int x) { calls++; return x + legs(); }
        final int twice(int x) { return apply(apply(x)); }
        private int secret() { return 1000; }
        int peek() { return secret(); }
        String describe() { return "animal"; }
    }
    static class Dog extends Animal {
        int legs() { return 4; }
        String describe() { return "dog<" + super.describe() + ">"; }
    }
    static class Puppy extends Dog {
        int legs() { return 3; }
        public int apply(int x) { return super.apply(x) * 2; }
        String describe() { return "puppy<" + super.describe() + ">"; }
    }
    static class Bird extends Animal implements Tagged {
        int legs() { return 2; }
        public int tag() { return 7; }
    }
    static class Fish extends Animal {
        int legs() { return 0; }
        public int apply(int x) { return x - 1; }
        public String name() { return "fish"; }
    }
    static class Snake extends Animal { int legs() { return 0; } private int secret() { return -1; } }
    static class Both implements Left, Right { public int side() { return Left.super.side() * 10 + Right.super.side(); } }

    static final class Add implements Op { final int k; Add(int k) { this.k = k; } public int apply(int x) { return x + k; } }
    static final class Mul implements Op { public int apply(int x) { return x * 3; } }
    static final class Xor implements Op { public int apply(int x) { return x ^ 0x55; } }
    static final class Neg implements Op { public int apply(int x) { return -x; } }
    static final class Shl implements Op { public int apply(int x) { return x << 1; } }

    static long runOps(Op[] ops, int rounds) {
        long s = 0;
        int x = 1;
        for (int r = 0; r < rounds; r++) {
            for (Op op : ops) {
                x = op.apply(x) & 0xfffff;
                s += x;
            }
        }
        return s;
    }

    static long runAnimals(Animal[] as, int rounds) {
        long s = 0;
        for (int r = 0; r < rounds; r++) {
            for (Animal a : as) {
                s += a.apply(r) + a.legs() + a.twice(1) + a.peek();
            }
        }
        return s;
    }

    public static void main(String[] args) {
        Op[] mono = new Op[8], bi = new Op[8], mega = new Op[8];
        for (int i = 0; i < 8; i++) {
            mono[i] = new Add(i);
            bi[i] = i % 2 == 0 ? new Add(i) : new Mul();
            switch (i % 5) {
                case 0: mega[i] = new Add(i); break;
                case 1: mega[i] = new Mul(); break;
                case 2: mega[i] = new Xor(); break;
                case 3: mega[i] = new Neg(); break;
                default: mega[i] = new Shl();
            }
        }
        System.out.println("mono " + runOps(mono, 20000));
        System.out.println("bi " + runOps(bi, 20000));
        System.out.println("mega " + runOps(mega, 20000));
        // the monomorphic site sees new receivers after warm-up
        mono[3] = new Neg();
        mono[6] = new Dog();
        System.out.println("mono changed " + runOps(mono, 20000));
        System.out.println("mega again " + runOps(mega, 1000) + " mono again " + runOps(mono, 1000));

        Animal[] zoo = {new Dog(), new Dog(), new Dog()};
        System.out.println("zoo1 " + runAnimals(zoo, 5000));
        zoo[1] = new Puppy();
        System.out.println("zoo2 " + runAnimals(zoo, 5000));
        Animal[] all = {new Dog(), new Puppy(), new Bird(), new Fish(), new Snake()};
        System.out.println("zoo3 " + runAnimals(all, 5000));
        int calls = 0;
        for (Animal a : all) calls += a.calls;
        System.out.println("calls " + calls);

        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 3000; r++) {
            for (Animal a : all) {
                String n = a.name(), d = a.describe();
                if (r == 2999) sb.append(n).append(' ').append(d).append(' ');
            }
        }
        System.out.println(sb);
        Tagged t = new Bird();
        int sides = 0;
        Both both = new Both();
        Left left = both;
        Right right = both;
        for (int r = 0; r < 10000; r++) sides += t.tag() + left.side() + right.side() + both.side();
        System.out.println("defaults " + sides + " " + t.name() + " " + new Snake().peek());

        // Object methods called virtually on mixed receivers
        Object[] objs = {"abc", Integer.valueOf(42), Long.valueOf(-1), Character.valueOf('z'), Boolean.TRUE, 2.5, new StringBuilder("sb")};
        long hs = 0;
        for (int r = 0; r < 3000; r++) {
            for (Object o : objs) {
                hs = hs * 31 + o.toString().hashCode();
                if (!(o instanceof StringBuilder)) hs += o.hashCode();
                hs += o.equals(objs[r % objs.length]) ? 1 : 0;
            }
        }
        System.out.println("object methods " + hs);
    }
}
