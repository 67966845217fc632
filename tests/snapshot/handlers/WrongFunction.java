import java.util.function.Function;

// Function model error: a Function, but not of <String,String>.
public class WrongFunction implements Function<Integer, Integer> {
    public WrongFunction() {
    }

    @Override
    public Integer apply(Integer i) {
        return i + 1;
    }
}
