// tableswitch and lookupswitch from hot code: dense ranges starting at negative and large values, sparse keys
// (binary-search sized), the extreme keys, fall-through, default in the middle; string switches (hashCode
// collisions: "Aa"/"BB"), enum switches and switch expressions with yield.
public class JitSwitch {
    enum Color { RED, GREEN, BLUE, ALPHA }

    static int dense(int k) {
        switch (k) {
            case -3: return 1;
            case -2: return 2;
            case -1: return 3;
            case 0: return 4;
            case 1: return 5;
            case 2:
            case 3: return 6;
            case 5: return 7;
            case 6: return 8;
            default: return 0;
        }
    }

    static int denseHigh(int k) {
        switch (k) {
            case 2147483640: return 1;
            case 2147483641: return 2;
            case 2147483642: return 3;
            case 2147483644: return 4;
            case 2147483645: return 5;
            case 2147483646: return 6;
            case 2147483647: return 7;
            default: return -1;
        }
    }

    static int denseLow(int k) {
        switch (k) {
            case -2147483648: return 1;
            case -2147483647: return 2;
            case -2147483646: return 3;
            case -2147483645: return 4;
            case -2147483643: return 5;
            default: return -1;
        }
    }

    static int sparse(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return 1;
            case -1000000: return 2;
            case -77: return 3;
            case -1: return 4;
            case 0: return 5;
            case 17: return 6;
            case 1000: return 7;
            case 65536: return 8;
            case 1 << 20: return 9;
            case 123456789: return 10;
            case Integer.MAX_VALUE: return 11;
            default: return 12;
        }
    }

    static int fallThrough(int k) {
        int r = 0;
        switch (k & 7) {
            case 0: r += 1;
            case 1: r += 10;
            default: r += 100;
            case 4: r += 1000;
                break;
            case 6: r += 10000;
        }
        return r;
    }

    static int strings(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "": return 6;
            case "hello": return 7;
            case "world": return 8;
            default: return 0;
        }
    }

    static int colors(Color c) {
        switch (c) {
            case RED: return 1;
            case BLUE: return 3;
            default: return 9;
        }
    }

    static String expr(int k) {
        return switch (k % 6) {
            case 0, 1 -> "low";
            case 2 -> {
                String t = "two";
                yield t + k % 3;
            }
            case -1, -2, -3 -> "neg";
            default -> {
                if (k > 100) yield "big";
                yield "mid";
            }
        };
    }

    static int charSwitch(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case '\uffff': return 2;
            case '\u0000': return 3;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        int[] keys = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MIN_VALUE + 2, Integer.MIN_VALUE + 4, -1000000,
                      -77, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 17, 1000, 65536, 1 << 20, 123456789,
                      2147483639, 2147483640, 2147483643, 2147483646, Integer.MAX_VALUE};
        long cs = 0;
        for (int rep = 0; rep < 3000; rep++) {
            for (int k : keys) {
                cs = cs * 31 + dense(k);
                cs = cs * 31 + denseHigh(k);
                cs = cs * 31 + denseLow(k);
                cs = cs * 31 + sparse(k);
                cs = cs * 31 + fallThrough(k);
            }
        }
        System.out.println("int switches " + cs);
        StringBuilder sb = new StringBuilder();
        for (int k : keys) sb.append(dense(k)).append(denseHigh(k)).append(denseLow(k)).append(sparse(k)).append(fallThrough(k)).append(' ');
        System.out.println(sb);

        String[] strs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "world", "Hello", "C#", "hellp"};
        cs = 0;
        for (int rep = 0; rep < 5000; rep++) {
            for (String s : strs) cs = cs * 31 + strings(s);
        }
        sb.setLength(0);
        for (String s : strs) sb.append(strings(s));
        System.out.println("strings " + cs + " " + sb);

        cs = 0;
        for (int rep = 0; rep < 20000; rep++) {
            for (Color c : Color.values()) cs = cs * 31 + colors(c);
            cs += expr(rep).length() + expr(-rep).hashCode() + charSwitch((char) (rep * 7));
        }
        System.out.println("enums/expr " + cs + " " + expr(2) + expr(-7) + expr(101) + expr(5));
        try {
            colors(null);
        } catch (NullPointerException e) {
            System.out.println("null enum switch NPE");
        }
        try {
            strings(null);
        } catch (NullPointerException e) {
            System.out.println("null string switch NPE");
        }
    }
}
