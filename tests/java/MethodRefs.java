import java.util.*;
import java.util.function.*;
public class MethodRefs {
    private final String prefix;
    MethodRefs(String prefix) { this.prefix = prefix; }
    MethodRefs() { this("default"); }
    String decorate(String s) { return prefix + ":" + s; }
    static String shout(String s) { return s.toUpperCase() + "!"; }
    static class Sub extends MethodRefs {
        Sub() { super("sub"); }
        @Override String decorate(String s) { return "SUB[" + s + "]"; }
        Function<String, String> superRef() { return super::decorate; }
        Function<String, String> thisRef() { return this::decorate; }
    }
    public static void main(String[] args) {
        Function<String, String> stat = MethodRefs::shout;
        MethodRefs obj = new MethodRefs("bound");
        Function<String, String> bound = obj::decorate;
        BiFunction<MethodRefs, String, String> unbound = MethodRefs::decorate;
        Function<String, MethodRefs> ctor = MethodRefs::new;
        Supplier<MethodRefs> ctor0 = MethodRefs::new;
        IntFunction<String[]> arrCtor = String[]::new;
        Function<Integer, int[][]> arr2 = int[][]::new;
        System.out.println(stat.apply("hi") + " " + bound.apply("x") + " " + unbound.apply(new MethodRefs("u"), "y") + " " + ctor.apply("made").decorate("z") + " " + ctor0.get().decorate("w"));
        System.out.println(arrCtor.apply(4).length + " " + arr2.apply(3).length + " " + arrCtor.apply(2).getClass().getSimpleName());
        Sub sub = new Sub();
        System.out.println(sub.superRef().apply("a") + " " + sub.thisRef().apply("b"));
        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<String> length = String::length;
        BiPredicate<String, String> eq = String::equalsIgnoreCase;
        Comparator<String> cmp = String::compareTo;
        Supplier<List<String>> listMaker = ArrayList::new;
        Function<Integer, List<Integer>> sized = ArrayList::new;
        BiFunction<String, Integer, Character> charAt = String::charAt;
        List<String> made = listMaker.get();
        made.add("q");
        System.out.println(parse.apply("123") + length.applyAsInt("abcd") + " " + eq.test("A", "a") + " " + cmp.compare("a", "b") + " " + made + " " + sized.apply(10).size() + " " + charAt.apply("hello", 1));
        String target = "captured";
        Supplier<Integer> boundLen = target::length;
        System.out.println(boundLen.get());
        Consumer<Object> printer = System.out::println;
        printer.accept("via System.out::println");
        List<String> names = new ArrayList<>(List.of("delta", "alpha", "charlie"));
        names.sort(String::compareToIgnoreCase);
        names.forEach(System.out::println);
        Function<String, String> chain = ((Function<String, String>) String::trim).andThen(String::toUpperCase).andThen(MethodRefs::shout);
        System.out.println(chain.apply("  chain  "));
        Runnable r = MethodRefs::staticRunnable;
        r.run();
        Function<Object, String> valueOf = String::valueOf;
        System.out.println(valueOf.apply(3.5) + valueOf.apply(null));
    }
    static void staticRunnable() { System.out.println("static runnable"); }
}
