import java.util.*;
public class JsonPrinter {
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default: if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
    static void print(Object v, StringBuilder out, int indent) {
        String pad = "  ".repeat(indent);
        if (v == null) out.append("null");
        else if (v instanceof String s) out.append(quote(s));
        else if (v instanceof Number || v instanceof Boolean) out.append(v);
        else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { out.append("{}"); return; }
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                out.append(pad).append("  ").append(quote(String.valueOf(e.getKey()))).append(": ");
                print(e.getValue(), out, indent + 1);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) { if (i > 0) out.append(", "); print(l.get(i), out, indent + 1); }
            out.append(']');
        } else out.append(quote(v.toString()));
    }
    static int pos;
    static Object parse(String s) { pos = 0; Object v = value(s); return v; }
    static void ws(String s) { while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++; }
    static Object value(String s) {
        ws(s);
        char c = s.charAt(pos);
        if (c == '{') { pos++; Map<String, Object> m = new LinkedHashMap<>(); ws(s); if (s.charAt(pos) == '}') { pos++; return m; }
            while (true) { ws(s); String k = (String) value(s); ws(s); pos++; m.put(k, value(s)); ws(s); if (s.charAt(pos++) == '}') return m; } }
        if (c == '[') { pos++; List<Object> l = new ArrayList<>(); ws(s); if (s.charAt(pos) == ']') { pos++; return l; }
            while (true) { l.add(value(s)); ws(s); if (s.charAt(pos++) == ']') return l; } }
        if (c == '"') { StringBuilder sb = new StringBuilder(); pos++; while (s.charAt(pos) != '"') { char ch = s.charAt(pos++); if (ch == '\\') { char e = s.charAt(pos++); sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e); } else sb.append(ch); } pos++; return sb.toString(); }
        if (s.startsWith("true", pos)) { pos += 4; return true; }
        if (s.startsWith("false", pos)) { pos += 5; return false; }
        if (s.startsWith("null", pos)) { pos += 4; return null; }
        int start = pos; while (pos < s.length() && "+-.eE0123456789".indexOf(s.charAt(pos)) >= 0) pos++;
        String num = s.substring(start, pos);
        return num.contains(".") || num.contains("e") ? (Object) Double.parseDouble(num) : (Object) Long.parseLong(num);
    }
    public static void main(String[] args) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Ember \"VM\"");
        doc.put("version", 17);
        doc.put("ratio", 0.75);
        doc.put("tags", List.of("jvm", "c", "snapshot"));
        doc.put("nested", new LinkedHashMap<>(Map.of("k", List.of(1, 2.5, true))));
        doc.put("empty", new LinkedHashMap<>());
        doc.put("nothing", null);
        doc.put("escapes", "tab\there\nnew\\line \u00e9");
        StringBuilder out = new StringBuilder();
        print(doc, out, 0);
        System.out.println(out);
        Object parsed = parse(out.toString());
        StringBuilder again = new StringBuilder();
        print(parsed, again, 0);
        System.out.println(again.toString().equals(out.toString()));
        Object p2 = parse("{\"a\": [1, -2, 3.5e2, {\"b\": null}], \"c\": \"d\", \"e\": {}, \"f\": []}");
        StringBuilder o2 = new StringBuilder();
        print(p2, o2, 0);
        System.out.println(o2);
    }
}
