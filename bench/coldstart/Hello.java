/** The hello function of bench/coldstart.sh: a static handler (snapshotted) ... */
public class Hello {
    public static String handle(String name) {
        return "Hello, " + (name.isEmpty() ? "world" : name) + "!\n";
    }
}
