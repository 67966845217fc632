import java.util.function.Function;

// Function model error: both a public static String handle(String) and Function<String,String>.
public class BothHandler implements Function<String, String> {
    public static String handle(String s) {
        return s;
    }

    @Override
    public String apply(String s) {
        return s;
    }
}
