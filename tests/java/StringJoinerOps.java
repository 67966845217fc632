import java.util.*;
public class StringJoinerOps {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println(j + " " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println(j);
        j.add("a").add("b").add("c");
        System.out.println(j + " " + j.length());
        StringJoiner k = new StringJoiner("-");
        k.add("x").add("y");
        j.merge(k);
        System.out.println(j);
        StringJoiner plain = new StringJoiner("/");
        for (int i = 0; i < 5; i++) plain.add(Integer.toString(i * i));
        System.out.println(plain);
        System.out.println(String.join(", ", new ArrayList<>(List.of("p", "q"))) + " " + String.join("", "a", "b") + " " + String.join("-", new TreeSet<>(Set.of("z", "y", "x"))));
        StringJoiner nulls = new StringJoiner(",");
        nulls.add(null).add("v");
        System.out.println(nulls);
    }
}
