import java.io.Serializable;
import java.util.*;
import java.util.function.*;
public class SerializableLambda {
    interface Marker {}
    public static void main(String[] args) {
        Runnable r = (Runnable & Serializable) () -> System.out.println("serializable runnable");
        r.run();
        System.out.println((r instanceof Serializable) + " " + (r instanceof Runnable));
        Function<Integer, Integer> f = (Function<Integer, Integer> & Serializable) x -> x + 1;
        System.out.println(f.apply(41) + " " + (f instanceof Serializable));
        Comparator<String> c = (Comparator<String> & Serializable) String::compareTo;
        List<String> l = new ArrayList<>(List.of("b", "c", "a"));
        l.sort(c);
        System.out.println(l + " " + (c instanceof Serializable));
        Supplier<String> m = (Supplier<String> & Marker) () -> "marked";
        System.out.println(m.get() + " " + (m instanceof Marker) + " " + (m instanceof Serializable));
        Runnable plain = () -> {};
        System.out.println(plain instanceof Serializable);
        Comparator<String> rev = Collections.reverseOrder();
        System.out.println(rev instanceof Serializable);
        int base = 5;
        IntUnaryOperator cap = (IntUnaryOperator & Serializable) x -> x * base;
        System.out.println(cap.applyAsInt(3));
    }
}
