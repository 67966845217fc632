import java.util.ArrayList;
import java.util.List;

/* gateway isolation tests: keeps N MiB alive. Beyond the function's memory limit it must end in an
 * OutOfMemoryError (500) or the process's death (502), never in trouble for the gateway or the machine. */
public class IsoAlloc {
    public static String handle(String s) {
        int n = Integer.parseInt(s.trim());
        List<byte[]> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) keep.add(new byte[1 << 20]);
        return "allocated " + keep.size() + " MiB";
    }
}
