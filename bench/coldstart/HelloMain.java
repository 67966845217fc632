/** ... and the same work as a main class, for `java` and for a cold `ember run`. */
public class HelloMain {
    public static void main(String[] args) {
        System.out.print(Hello.handle(args.length > 0 ? args[0] : ""));
    }
}
