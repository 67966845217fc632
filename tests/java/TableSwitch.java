public class TableSwitch {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            default: return "other(" + x + ")";
        }
    }
    static int negRange(int x) {
        switch (x) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            default: return 99;
        }
    }
    static int fallthrough(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1;
            case 2: r += 2;
            case 3: r += 3; break;
            case 4: r += 4;
            default: r += 100;
        }
        return r;
    }
    static String chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case 'b': case 'c': case 'd': return "bcd";
            default: return "cons";
        }
    }
    static int extremes(int x) {
        switch (x) {
            case Integer.MAX_VALUE - 1: return 1;
            case Integer.MAX_VALUE: return 2;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        for (int i = -2; i < 10; i++) System.out.println(i + " " + dense(i) + " " + negRange(i - 3) + " " + fallthrough(i));
        for (char c = 'a'; c <= 'k'; c++) System.out.println(c + " " + chars(c));
        System.out.println(extremes(Integer.MAX_VALUE) + " " + extremes(Integer.MAX_VALUE - 1) + " " + extremes(Integer.MIN_VALUE));
        byte b = 2; short s = 3;
        switch (b) { case 2: System.out.println("byte two"); break; default: System.out.println("byte?"); }
        switch (s) { case 3: System.out.println("short three"); break; default: System.out.println("short?"); }
        Integer boxed = 5;
        switch (boxed) { case 5: System.out.println("boxed five"); break; default: System.out.println("boxed?"); }
    }
}
