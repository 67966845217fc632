package java.lang.invoke;

/** Declares the Lookup type that bootstrap method signatures name; see MethodHandle. */
public class MethodHandles {
    private MethodHandles() {
    }

    public static final class Lookup {
        private Lookup() {
        }
    }
}
