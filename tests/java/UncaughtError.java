public class UncaughtError {
    public static void main(String[] args) {
        System.out.println("throwing AssertionError");
        throw new AssertionError("assertion text " + 42);
    }
}
