import java.util.Arrays;
public class RegexSplitReplace {
    public static void main(String[] args) {
        String[] inputs = {"a, b,c ,  d", "one  two\tthree\nfour", ",,a,,b,,", "", "no-delims", "1+2-3*4/5"};
        for (String in : inputs) {
            System.out.println(Arrays.toString(in.split("\\s*,\\s*")) + " " + Arrays.toString(in.split("\\s+")) + " " + Arrays.toString(in.split("[+\\-*/]")) + " " + Arrays.toString(in.split(",", -1)));
        }
        System.out.println(Arrays.toString("abc".split("")));
        System.out.println(Arrays.toString("a1b2c3".split("\\d")));
        System.out.println(Arrays.toString("a1b2c3".split("(?<=\\d)")));
        System.out.println(Arrays.toString("camelCaseString".split("(?=[A-Z])")));
        System.out.println(Arrays.toString("a:b:c:d".split(":", 3)));
        System.out.println("hello world".replaceAll("o", "0").replaceAll("\\s", "_"));
        System.out.println("  lots   of   space  ".replaceAll("\\s+", " ").trim());
        System.out.println("x1y22z333".replaceAll("\\d+", "#") + " " + "x1y22z333".replaceFirst("\\d+", "#"));
        System.out.println("tab\there".replaceAll("\t", "\\\\t"));
        System.out.println("aaa".replace("a", "aa") + " " + "aaa".replace("aa", "b") + " " + "abc".replace("", "-"));
        System.out.println("Hello World".replaceAll("(?i)[aeiou]", "*"));
        System.out.println("price: $5".replace("$", "USD "));
        System.out.println("1,234,567".replaceAll(",", "").length());
        System.out.println(String.join("|", "a b  c".split(" ")));
    }
}
