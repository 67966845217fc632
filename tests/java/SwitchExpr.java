public class SwitchExpr {
    static String kind(int n) {
        return switch (n) {
            case 0 -> "zero";
            case 1, 2, 3 -> "small";
            case 4, 5, 6, 7, 8, 9 -> {
                String s = n % 2 == 0 ? "even" : "odd";
                yield "medium-" + s;
            }
            default -> n < 0 ? "negative" : "large";
        };
    }
    static int days(String month, boolean leap) {
        return switch (month) {
            case "feb" -> leap ? 29 : 28;
            case "apr", "jun", "sep", "nov" -> 30;
            default -> 31;
        };
    }
    static int oldStyleYield(char c) {
        int v = switch (c) {
            case 'a':
            case 'e':
                yield 1;
            case 'z':
                System.out.println("got z");
                yield 26;
            default:
                yield 0;
        };
        return v;
    }
    static double calc(char op, double a, double b) {
        return switch (op) { case '+' -> a + b; case '-' -> a - b; case '*' -> a * b; case '/' -> a / b; default -> throw new IllegalArgumentException("bad op " + op); };
    }
    public static void main(String[] args) {
        for (int n : new int[]{-5, 0, 1, 3, 4, 7, 9, 10, 100}) System.out.println(n + " " + kind(n));
        for (String m : new String[]{"jan", "feb", "apr", "dec"}) System.out.println(m + " " + days(m, false) + " " + days(m, true));
        System.out.println(oldStyleYield('a') + " " + oldStyleYield('z') + " " + oldStyleYield('q'));
        System.out.println(calc('+', 1, 2) + " " + calc('/', 1, 4) + " " + calc('*', 3, 3));
        try { calc('%', 1, 2); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        long l = 5;
        var r = switch ((int) l) { case 5 -> 5L * 1000000000000L; default -> 0L; };
        System.out.println(r);
        Object o = switch (kind(2)) { case "small" -> Integer.valueOf(1); default -> "str"; };
        System.out.println(o.getClass().getSimpleName());
    }
}
