import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Round trip: a JSON-ish transform with regular expressions compiled in the static initialiser and a
// StringBuilder writer. Input: one flat object {"key": value, ...}; output: keys upper-cased and sorted,
// numbers scaled, strings reversed with escapes kept valid, plus a count of requests by shape.
public class JsonTransform {
    private static final Pattern FIELD = Pattern.compile(
            "\"(\\w+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?\\d+(?:\\.\\d+)?|true|false|null)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Map<String, Integer> SHAPES = new TreeMap<>();

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"': sb.append("\\\""); break;
            case '\\': sb.append("\\\\"); break;
            case '\n': sb.append("\\n"); break;
            default:
                if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    public static String handle(String json) {
        Matcher m = FIELD.matcher(json);
        Map<String, String> out = new TreeMap<>();
        StringBuilder shape = new StringBuilder();
        while (m.find()) {
            String key = m.group(1).toUpperCase();
            String value = m.group(2);
            if (m.group(3) != null) {
                out.put(key, quote(new StringBuilder(unescape(m.group(3))).reverse().toString()));
                shape.append('s');
            } else if (NUMBER.matcher(value).matches()) {
                double d = Double.parseDouble(value) * 2.5;
                out.put(key, value.contains(".") ? String.format("%.3f", d) : Long.toString(Math.round(d)));
                shape.append('n');
            } else {
                out.put(key, value.equals("null") ? "null" : String.valueOf(!Boolean.parseBoolean(value)));
                shape.append('b');
            }
        }
        int seen = SHAPES.merge(shape.toString(), 1, Integer::sum);
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> e : out.entrySet()) {
            if (sb.length() > 1)
                sb.append(", ");
            sb.append('"').append(e.getKey()).append("\": ").append(e.getValue());
        }
        return sb.append("} shape=").append(shape).append(" seen=").append(seen).append(" shapes=")
                .append(SHAPES.keySet()).toString();
    }
}
