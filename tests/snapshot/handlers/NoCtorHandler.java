import java.util.function.Function;

// Function model error: a Function<String,String> without a public no-argument constructor.
public class NoCtorHandler implements Function<String, String> {
    private final String prefix;

    public NoCtorHandler(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String apply(String s) {
        return prefix + s;
    }
}
