import java.util.IdentityHashMap;
import java.util.Map;

// Round trip: interned strings and static final tables. Request methods are matched by identity against
// literals after intern(); the paths the warm-up saw are interned and kept as keys of an IdentityHashMap,
// so a restored process only finds them again if its string table is the snapshot's. A CRC-32 table is
// computed once in the static initialiser.
public class Tables {
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE"};
    private static final int[] CRC = new int[256];
    private static final Map<String, Integer> HITS = new IdentityHashMap<>();
    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC[n] = c;
        }
    }

    private static int crc32(String s) {
        int c = 0xFFFFFFFF;
        for (int i = 0; i < s.length(); i++)
            c = CRC[(c ^ s.charAt(i)) & 0xFF] ^ (c >>> 8);
        return ~c;
    }

    private static int methodIndex(String m) {
        for (int i = 0; i < METHODS.length; i++)
            if (METHODS[i] == m)
                return i;
        return -1;
    }

    public static String handle(String request) {
        StringBuilder sb = new StringBuilder();
        for (String line : request.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length != 2)
                continue;
            String method = parts[0].intern();
            String path = parts[1].intern();
            Integer hits = HITS.get(path);
            HITS.put(path, hits == null ? 1 : hits + 1);
            sb.append(method == "GET" ? "read " : method == "POST" || method == "PUT" ? "write " : "other ")
                    .append(methodIndex(method)).append(' ').append(path).append(" crc=")
                    .append(Integer.toHexString(crc32(path))).append(" hits=").append(HITS.get(path))
                    .append(" literal=").append(path == "/index.html").append('\n');
        }
        return sb.append("distinct paths ").append(HITS.size()).toString();
    }
}
