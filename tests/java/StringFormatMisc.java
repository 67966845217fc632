public class StringFormatMisc {
    static class P { public String toString() { return "P!"; } }
    public static void main(String[] args) {
        System.out.println(String.format("[%s] [%S] [%10s] [%-10s] [%.3s] [%10.2s]", "hello", "hello", "hi", "hi", "truncate", "truncate"));
        System.out.println(String.format("[%s] [%s] [%S]", null, new P(), new P()));
        System.out.println(String.format("[%b] [%b] [%b] [%B] [%b] [%5b]", true, false, null, true, "nonnull", false));
        System.out.println(String.format("[%c] [%c] [%C] [%3c] [%-3c]", 'a', 65, 'b', 'x', 'y'));
        System.out.println(String.format("%h %h", "hi", 255));
        System.out.println(String.format("%%|%n").replace("\n", "\\n"));
        System.out.println(String.format("%-6s|%6s|", "left", "right"));
        System.out.println(String.format("%s=%d, %s=%d", "a", 1, "b", 2));
        System.out.println(String.format("%3$s %1$s %2$s", "one", "two", "three"));
        System.out.println(String.format("%s %<s %s", "x", "y"));
        StringBuilder table = new StringBuilder();
        String[] names = {"alpha", "beta", "gamma"};
        int[] scores = {90, 7, 1234};
        double[] ratios = {0.5, 0.333333, 12.0};
        for (int i = 0; i < names.length; i++) table.append(String.format("%-8s|%6d|%8.3f|%n", names[i], scores[i], ratios[i]));
        System.out.print(table);
        System.out.println(String.format("%08.3f|%-8.2e|%+d", -3.14159, 0.000123, 0));
        try { String.format("%q", 1); } catch (java.util.UnknownFormatConversionException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        System.out.println(String.format("no args"));
        System.out.println(String.format("%s", (Object) new String[]{"a"}.length));
    }
}
