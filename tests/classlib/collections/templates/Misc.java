import PKG.*;
import PKG.function.*;

/** Deterministic checks of Arrays, Collections, Objects, Optional, Random, BitSet, StringJoiner, immutables. */
public class MiscSUFFIX {
    final StringBuilder log = new StringBuilder();
    final Harness.Rng r;

    MiscSUFFIX(long seed) {
        r = new Harness.Rng(seed);
    }

    void p(Object o) {
        log.append(String.valueOf(o)).append('\n');
    }

    interface Step {
        Object run() throws Throwable;
    }

    void t(String name, Step s) {
        try {
            p(name + " = " + s.run());
        } catch (Throwable e) {
            p(name + " " + Harness.exc(e));
        }
    }

    public static String run(long seed) {
        MiscSUFFIX t = new MiscSUFFIX(seed);
        try {
            t.go(seed);
        } catch (Throwable e) {
            t.p("DRIVER " + Harness.exc(e));
        }
        return t.log.toString();
    }

    void go(long seed) {
        int n = r.next(80);
        int[] ia = new int[n];
        double[] da = new double[n];
        long[] la = new long[n];
        String[] sa = new String[n];
        Integer[] oa = new Integer[n];
        for (int i = 0; i < n; i++) {
            ia[i] = r.next(100) - 50;
            la[i] = (long) r.next(1000) * 1000000007L - 5;
            int d = r.next(12);
            da[i] = d == 0 ? Double.NaN : d == 1 ? -0.0 : d == 2 ? 0.0 : d == 3 ? Double.NEGATIVE_INFINITY : (r.next(200) - 100) / 8.0;
            sa[i] = "s" + r.next(50);
            oa[i] = r.next(20);
        }
        Arrays.sort(ia); Arrays.sort(da); Arrays.sort(la); Arrays.sort(sa);
        Arrays.sort(oa, Comparator.comparing((Integer x) -> x % 5).thenComparing(Comparator.reverseOrder()));
        p(Arrays.toString(ia)); p(Arrays.toString(da)); p(Arrays.toString(la)); p(Arrays.toString(sa)); p(Arrays.toString(oa));
        p(Arrays.hashCode(ia) + " " + Arrays.hashCode(da) + " " + Arrays.hashCode(la) + " " + Arrays.hashCode(sa));
        p(Arrays.binarySearch(ia, 3) + " " + Arrays.binarySearch(da, 0.0) + " " + Arrays.binarySearch(sa, "s17"));
        int lo = r.next(n + 1), hi = r.next(n + 1);
        t("copyOfRange", () -> Arrays.toString(Arrays.copyOfRange(ia, lo, hi)));
        t("sortRange", () -> { int[] c = ia.clone(); Arrays.fill(c, lo, hi, 7); Arrays.sort(c, lo, hi); return Arrays.toString(c); });
        t("copyOf", () -> Arrays.toString(Arrays.copyOf(sa, r.next(10))));
        t("deep", () -> Arrays.deepToString(new Object[] {ia.length > 2 ? Arrays.copyOf(ia, 2) : ia, new String[] {"x"}, null, new Object[] {1, new double[] {1.5}}}));
        t("deepHash", () -> Arrays.deepHashCode(new Object[] {Arrays.copyOf(ia, Math.min(3, n)), "x", null}));
        t("eq", () -> Arrays.equals(ia, ia.clone()) + " " + Arrays.deepEquals(new Object[] {ia}, new Object[] {ia.clone()}));
        t("asList", () -> { List<String> l = Arrays.asList(sa); Collections.reverse(l); return l + " " + sa.length; });
        // Random
        Random rnd = new Random(seed * 31 + 7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++)
            sb.append(rnd.nextInt()).append(' ').append(rnd.nextInt(1 + r.next(1000))).append(' ').append(rnd.nextInt(16)).append(' ')
              .append(rnd.nextLong()).append(' ').append(rnd.nextDouble()).append(' ').append(rnd.nextFloat()).append(' ')
              .append(rnd.nextBoolean()).append(' ').append(rnd.nextGaussian()).append(' ').append(rnd.nextInt(-5, 1000))
              .append(' ').append(rnd.nextLong(1L << 40)).append(' ').append(rnd.nextLong(-3, 1000000007L)).append(' ').append(rnd.nextDouble(2.5, 3.5)).append('\n');
        byte[] bytes = new byte[r.next(13)];
        rnd.nextBytes(bytes);
        p(sb + Arrays.toString(bytes));
        List<Integer> sl = new ArrayList<>();
        for (int i = 0; i < n; i++) sl.add(i);
        Collections.shuffle(sl, new Random(seed));
        p("shuffle " + sl);
        LinkedList<Integer> ll = new LinkedList<>(sl);
        Collections.shuffle(ll, new Random(seed + 1));
        p("shuffleLL " + ll);
        // BitSet
        BitSet b1 = new BitSet(r.next(200)), b2 = new BitSet();
        for (int i = 0; i < 30; i++) { b1.set(r.next(300)); b2.set(r.next(150), r.next(150) + 150); b2.clear(r.next(300)); b1.flip(r.next(100)); }
        p("bits " + b1 + " " + b1.length() + " " + b1.size() + " " + b1.cardinality() + " " + b1.hashCode());
        BitSet b3 = (BitSet) b1.clone(); b3.and(b2); BitSet b4 = (BitSet) b1.clone(); b4.or(b2);
        BitSet b5 = (BitSet) b1.clone(); b5.xor(b2); BitSet b6 = (BitSet) b1.clone(); b6.andNot(b2);
        p("bitops " + b3 + " " + b4.size() + " " + b5 + " " + b6 + " " + b1.nextSetBit(50) + " " + b1.nextClearBit(10) + " " + b1.previousSetBit(120) + " " + b1.intersects(b2) + " " + b1.equals(b3));
        t("bitclear", () -> { BitSet x = (BitSet) b2.clone(); x.clear(r.next(100), r.next(100) + 100); return x + " " + x.length(); });
        // Objects / Optional / StringJoiner
        t("objects", () -> Objects.hash(1, "a", null) + " " + Objects.toString(null, "d") + " " + Objects.equals(null, null) + " " + Objects.requireNonNullElse(null, 5));
        t("checkIndex", () -> Objects.checkIndex(r.next(10), 5));
        t("rnn", () -> Objects.requireNonNull(null, "msg"));
        t("opt", () -> Optional.ofNullable(r.chance(50) ? null : "v").map(x -> x + "!").filter(x -> true) + " " + OptionalInt.of(n) + " " + OptionalDouble.empty() + " " + Optional.empty().isPresent());
        t("optget", () -> Optional.empty().orElseThrow());
        t("joiner", () -> { StringJoiner j = new StringJoiner(", ", "[", "]"); if (r.chance(50)) j.setEmptyValue("EMPTY"); for (int i = 0; i < r.next(4); i++) j.add("x" + i); return j + " " + j.length(); });
        // immutables
        t("listof", () -> List.of(1, 2, 3).equals(Arrays.asList(1, 2, 3)) + " " + List.of(1, 2, 3).hashCode() + " " + List.of(4, 5).subList(1, 2) + " " + List.of());
        t("listof-get", () -> List.of(1, 2).get(r.next(4) - 1));
        t("listof-get3", () -> List.of(1, 2, 3).get(r.next(5) - 1));
        t("listof-add", () -> List.of(1).add(2));
        t("listofnull", () -> List.of(1, null));
        t("setof", () -> Set.of(1, 2, 3).contains(2) + " " + Set.of(1, 2, 3).equals(new HashSet<>(Arrays.asList(3, 2, 1))) + " " + Set.of(1, 2).hashCode() + " " + Set.of(7));
        t("setdup", () -> new TreeSet<>(Set.of(1, r.next(3))));
        t("mapof", () -> Map.of(1, "a").get(1) + " " + Map.of(1, "a", 2, "b").equals(new HashMap<>(Map.of(2, "b", 1, "a"))) + " " + Map.of("k", 1) + " " + Map.entry("x", 2));
        t("mapdup", () -> new TreeMap<>(Map.of(1, 1, r.next(2), 2)));
        t("ncopies", () -> Collections.nCopies(r.next(4), "z") + " " + Collections.nCopies(3, "q").hashCode() + " " + Collections.emptyList() + Collections.emptyMap() + Collections.singletonMap(1, 2) + Collections.singletonList(5) + Collections.singleton(null));
        t("cmp", () -> { List<String> l = new ArrayList<>(Arrays.asList("bb", null, "a", "ccc", "a", null)); l.sort(Comparator.nullsFirst(Comparator.comparingInt(String::length).reversed())); String x = l.toString(); l.sort(Comparator.nullsLast(Comparator.<String>naturalOrder()).reversed()); return x + " " + l; });
        t("func", () -> { Function<Integer, Integer> f = x -> x + 1; Predicate<Integer> pr = x -> x > 2; BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder()); return f.andThen(x -> x * 2).compose((Integer x) -> x - 3).apply(10) + " " + pr.negate().or(x -> x == 5).test(5) + " " + mx.apply(3, 9) + " " + Predicate.not(pr).test(1) + " " + UnaryOperator.identity().apply("id") + " " + IntUnaryOperator.identity().andThen(x -> x * 3).applyAsInt(4); });
        t("disjoint", () -> Collections.disjoint(List.of(1, 2), Set.of(3)) + " " + Collections.indexOfSubList(Arrays.asList(1, 2, 3, 2, 3), Arrays.asList(2, 3)) + " " + Collections.lastIndexOfSubList(Arrays.asList(1, 2, 3, 2, 3), Arrays.asList(2, 3)));
        t("unmodmap", () -> { Map<Integer, Integer> m = new HashMap<>(); m.put(1, 2); Map<Integer, Integer> u = Collections.unmodifiableMap(m); return u + " " + u.entrySet() + " " + u.equals(m) + " " + u.hashCode(); });
        t("unmodset", () -> Collections.unmodifiableSet(new TreeSet<>(List.of(3, 1, 2))).remove(1));
        t("lhm-access", () -> { LinkedHashMap<Integer, Integer> m = new LinkedHashMap<>(4, 0.75f, true); for (int i = 0; i < 6; i++) m.put(i, i); m.get(2); m.getOrDefault(0, 9); m.putIfAbsent(3, 7); return m; });
    }
}
