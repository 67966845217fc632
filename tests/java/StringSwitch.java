public class StringSwitch {
    static int classic(String s) {
        switch (s) {
            case "one": return 1;
            case "two": return 2;
            case "Aa": return 100;
            case "BB": return 200;
            case "": return 0;
            default: return -1;
        }
    }
    static String arrow(String s) {
        return switch (s) {
            case "red", "green", "blue" -> "primary";
            case "cyan", "magenta" -> { String t = "sec"; yield t + "ondary"; }
            default -> "unknown:" + s.length();
        };
    }
    public static void main(String[] args) {
        String[] ins = {"one", "two", "Aa", "BB", "", "three", "ONE", "AaAa"};
        for (String s : ins) System.out.println("'" + s + "' -> " + classic(s));
        String[] colors = {"red", "blue", "cyan", "magenta", "black", "green"};
        for (String c : colors) System.out.println(c + " -> " + arrow(c));
        StringBuilder sb = new StringBuilder();
        for (String w : "the cat sat on the mat".split(" ")) {
            switch (w) {
                case "the": sb.append("T"); break;
                case "cat": case "mat": sb.append("M");
                case "sat": sb.append("S"); break;
                default: sb.append("?");
            }
        }
        System.out.println(sb);
    }
}
