import java.util.*;
public class ClassMethods {
    static class Nested {}
    class Inner {}
    interface Iface {}
    enum E { A, B { } }
    record R(int x) {}
    public static void main(String[] args) throws Exception {
        Class<?>[] classes = {ClassMethods.class, Nested.class, Inner.class, Iface.class, E.class, R.class, int.class, int[].class, String[][].class, Nested[].class,
            Object.class, String.class, Integer.class, List.class, ArrayList.class, void.class, Map.Entry.class, double[][][].class, new Object() {}.getClass(), E.B.getClass()};
        for (Class<?> c : classes) {
            System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.isArray() + " " + c.isPrimitive() + " " + c.isInterface() + " " + c.isEnum() + " " + c.isRecord()
                + " | super=" + (c.getSuperclass() == null ? "null" : c.getSuperclass().getName()) + " | comp=" + (c.getComponentType() == null ? "null" : c.getComponentType().getName())
                + " | " + c.isAnonymousClass() + " " + c.isMemberClass() + " | " + c);
        }
        System.out.println(Number.class.isInstance(5) + " " + Number.class.isInstance("s") + " " + CharSequence.class.isInstance(new StringBuilder()) + " " + int[].class.isInstance(new int[0]) + " " + Object.class.isInstance(null));
        System.out.println(Number.class.isAssignableFrom(Integer.class) + " " + Integer.class.isAssignableFrom(Number.class) + " " + Object[].class.isAssignableFrom(String[].class) + " " + int.class.isAssignableFrom(Integer.class));
        System.out.println("s".getClass() == String.class);
        System.out.println(new ArrayList<String>().getClass() == new ArrayList<Integer>().getClass());
        System.out.println(Integer.class.cast(5) + " " + String.class.getPackageName() + " " + ClassMethods.class.getPackageName().isEmpty());
        try { String.class.cast(5); } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        Class<?>[] ifs = ArrayList.class.getInterfaces();
        List<String> names = new ArrayList<>();
        for (Class<?> i : ifs) names.add(i.getSimpleName());
        System.out.println(names);
        System.out.println(Arrays.toString(E.class.getEnumConstants()) + " " + int[][].class.getComponentType().getComponentType() + " " + Integer.TYPE + " " + Iface.class.getSuperclass());
        System.out.println(E.B.getDeclaringClass().getSimpleName() + " " + E.B.getClass().getSuperclass().getSimpleName());
        System.out.println(Class.forName("java.lang.String").getSimpleName() + " " + Class.forName("ClassMethods$Nested").getSimpleName());
    }
}
