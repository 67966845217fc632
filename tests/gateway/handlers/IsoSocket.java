import java.io.IOException;
import java.net.Socket;

/* gateway isolation tests: opening a socket. Ember's class library has no java.net yet, so this fails with
 * NoClassDefFoundError (500) everywhere; the sandbox's refusal of socket(2) is tested at the system-call
 * level (isolation.c, sandbox-*). */
public class IsoSocket {
    public static String handle(String s) throws IOException {
        try (Socket sock = new Socket("127.0.0.1", 9)) {
            return "connected";
        }
    }

    public static void main(String[] args) throws IOException {
        System.out.print(handle(""));
    }
}
