import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/* gateway isolation tests: "write PATH" creates a file, "read PATH" returns one. Inside the gateway's
 * sandbox both fail with an IOException (500) unless PATH is beneath the function's grant_dir; main() runs
 * the same code under `ember run`, where it succeeds (the library path works, only the sandbox refuses). */
public class IsoFile {
    public static String handle(String s) throws IOException {
        String path = s.substring(s.indexOf(' ') + 1).trim();
        if (s.startsWith("write ")) {
            try (FileOutputStream out = new FileOutputStream(path)) {
                out.write("written by IsoFile".getBytes("UTF-8"));
            }
            return "wrote " + path;
        }
        try (FileInputStream in = new FileInputStream(path)) {
            byte[] b = new byte[4096];
            int n = in.read(b);
            return new String(b, 0, Math.max(n, 0), "UTF-8");
        }
    }

    public static void main(String[] args) throws IOException {
        System.out.print(handle(String.join(" ", args)));
    }
}
