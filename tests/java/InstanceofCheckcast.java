public class InstanceofCheckcast {
    interface Shape { double area(); }
    interface Named { String name(); }
    static class Sq implements Shape, Named { public double area() { return 4; } public String name() { return "sq"; } }
    static class Circle implements Shape { public double area() { return 3.14; } }
    static class Base {}
    static class Mid extends Base {}
    static class Leaf extends Mid {}
    public static void main(String[] args) {
        Object[] things = {new Sq(), new Circle(), "str", 42, null, new Leaf(), new Mid(), new Base(), new int[0], new String[0]};
        for (Object o : things) {
            System.out.println((o instanceof Shape) + " " + (o instanceof Named) + " " + (o instanceof Base) + " " + (o instanceof Mid) + " " + (o instanceof Leaf) + " " + (o instanceof Comparable) + " " + (o instanceof Object[]) + " " + (o instanceof CharSequence));
        }
        Object o = new Leaf();
        Base b = (Base) o;
        Mid m = (Mid) b;
        System.out.println(m.getClass().getName());
        try { Leaf l = (Leaf) new Mid(); System.out.println(l); } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { String s = (String) (Object) Integer.valueOf(3); System.out.println(s); } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Named n = (Named) (Object) new Circle(); System.out.println(n); } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        Object nul = null;
        String s = (String) nul;
        System.out.println("null cast ok " + s);
        Shape sh = (Shape) things[0];
        System.out.println(sh.area());
        Object arr = new Leaf[1];
        Base[] ba = (Base[]) arr;
        System.out.println(ba.length);
        try { Object x = new Base[1]; Leaf[] la = (Leaf[]) x; System.out.println(la); } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        int count = 0;
        for (int i = 0; i < 100000; i++) { Object t = things[i % things.length]; if (t instanceof Base) count++; }
        System.out.println(count);
    }
}
