import java.util.regex.*;
public class RegexQuantifiers {
    static void show(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        StringBuilder sb = new StringBuilder(regex + " on " + input + ":");
        while (m.find()) sb.append(" [").append(m.group()).append("]@").append(m.start());
        System.out.println(sb);
    }
    public static void main(String[] args) {
        show("<.+>", "<a><b></b></a>");
        show("<.+?>", "<a><b></b></a>");
        show("a*", "baaac");
        show("a+?", "aaa");
        show("a{2}", "aaaaa");
        show("a{2,}?", "aaaaa");
        show("a{1,3}", "aaaaaaa");
        show("\\d{3}-\\d{4}", "call 555-1234 or 555-98765");
        show("(\\w)(\\w)?", "abc");
        show("x?y", "xyyxy");
        show("[aeiou]{2,}", "beautiful queue");
        show("\\b\\w{4}\\b", "this is some text with four char words");
        show("(?:foo|foobar)baz", "foobarbaz");
        show("a|ab|abc", "abc");
        show("^\\s*#.*$", "  # comment");
        show("(\\d+)(?=px)", "10px 20em 30px");
        show("(?<!\\$)\\b\\d+", "$10 20 $30 40");
        show("[^,]+", "a,bb,,ccc");
        show(".*", "ab");
        show("\\G\\d", "123a45");
        show("a++b", "aaab");
        show("\\S+@\\S+", "x@y z@w");
    }
}
