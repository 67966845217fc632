public class ArrayCovariance {
    static class Animal { public String toString() { return "Animal"; } }
    static class Dog extends Animal { public String toString() { return "Dog"; } }
    static class Cat extends Animal { public String toString() { return "Cat"; } }
    public static void main(String[] args) {
        Object[] objs = new String[2];
        objs[0] = "ok";
        try { objs[1] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        Animal[] animals = new Dog[2];
        animals[0] = new Dog();
        try { animals[1] = new Cat(); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        try { animals[1] = new Animal(); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        animals[1] = null;
        System.out.println(animals[0] + " " + animals[1]);
        System.out.println((objs instanceof String[]) + " " + (objs instanceof Object[]) + " " + (animals instanceof Dog[]) + " " + (animals instanceof Animal[]));
        Object o = new int[3];
        System.out.println((o instanceof int[]) + " " + (o instanceof Object[]) + " " + (o instanceof long[]));
        Object[][] deep = new String[2][2];
        System.out.println(deep instanceof String[][]);
        try { deep[0] = new Integer[1]; } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        deep[0] = new String[]{"a"};
        System.out.println(deep[0][0]);
        Object[] a2 = new Object[1];
        a2[0] = new int[1];
        System.out.println(a2[0] instanceof int[]);
        Comparable[] comps = new Integer[1];
        try { comps[0] = "x"; } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        java.io.Serializable[] ser = new String[1];
        ser[0] = "fine";
        System.out.println(ser[0]);
        Object arr = new String[0];
        try { Integer[] bad = (Integer[]) arr; System.out.println(bad.length); } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        Object[] cloned = ((Object[]) new Dog[]{new Dog()}).clone();
        System.out.println(cloned.getClass().getSimpleName());
        try { cloned[0] = new Cat(); } catch (ArrayStoreException e) { System.out.println("ASE clone " + e.getMessage()); }
        try { System.arraycopy(new Object[]{"a", 1}, 0, new String[2], 0, 2); } catch (ArrayStoreException e) { System.out.println("arraycopy " + e.getMessage()); }
    }
}
