public class ShutdownHookUncaught {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook after uncaught")));
        System.out.println("about to fail");
        throw new IllegalStateException("fatal");
    }
}
