// Copied over Bad.class: a class file whose name is not the one it was looked up by.
public class Other {
    public static void run() {
    }
}
