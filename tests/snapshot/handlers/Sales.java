import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

// Round trip: collections, streams and lambdas. Lines "region,product,amount" are parsed by a lambda held
// in a static final field, grouped with Collectors, and folded into running totals kept in the instance.
public class Sales implements Function<String, String> {
    record Sale(String region, String product, int amount) {}

    private static final Function<String, Sale> PARSE = line -> {
        String[] f = line.split(",");
        return new Sale(f[0].trim(), f[1].trim(), Integer.parseInt(f[2].trim()));
    };
    private static final Predicate<String> VALID = line -> line.matches("\\s*\\w+\\s*,\\s*\\w+\\s*,\\s*-?\\d+\\s*");

    private final Map<String, Integer> totals = new TreeMap<>();

    public Sales() {
    }

    @Override
    public String apply(String csv) {
        List<Sale> sales = csv.lines().filter(VALID).map(PARSE).collect(Collectors.toList());
        Map<String, Integer> byRegion = sales.stream()
                .collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.summingInt(Sale::amount)));
        byRegion.forEach((r, a) -> totals.merge(r, a, Integer::sum));
        String top = sales.stream().sorted(Comparator.comparingInt(Sale::amount).reversed()
                .thenComparing(Sale::product)).limit(2).map(s -> s.product() + "=" + s.amount())
                .collect(Collectors.joining(", ", "[", "]"));
        String products = sales.stream().map(Sale::product).distinct().sorted().collect(Collectors.joining("|"));
        double avg = sales.stream().mapToInt(Sale::amount).average().orElse(0);
        return "rows=" + sales.size() + " byRegion=" + byRegion + " top=" + top + " products=" + products
                + " avg=" + avg + " totals=" + totals;
    }
}
