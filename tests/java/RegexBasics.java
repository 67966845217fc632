import java.util.regex.*;
public class RegexBasics {
    public static void main(String[] args) {
        String[][] cases = {
            {"\\d+", "123"}, {"\\d+", "12a"}, {"[a-z]+", "hello"}, {"[^a-z]+", "ABC"}, {"\\w+", "under_score9"}, {"\\s*", "  \t"},
            {"a.c", "abc"}, {"a.c", "a\nc"}, {"(?s)a.c", "a\nc"}, {"colou?r", "color"}, {"colou?r", "colour"}, {"x{2,3}", "xxxx"},
            {"(ab)+", "ababab"}, {"cat|dog", "dog"}, {"^abc$", "abc"}, {"[A-Z][a-z]*", "Hello"}, {"\\bword\\b", "word"},
            {"(?i)hello", "HeLLo"}, {"[0-9a-fA-F]+", "DeadBeef"}, {"\\p{Upper}+", "ABC"}, {"\\D\\S\\W", "a b"}, {"[\\d.]+", "3.14"},
            {"a*b*c*", ""}, {"\\.", "."}, {"[.]", "x"}
        };
        for (String[] c : cases) System.out.println(c[0] + " ~ " + c[1].replace("\n", "\\n") + " = " + c[1].matches(c[0]));
        Pattern p = Pattern.compile("(\\w+)@(\\w+)\\.com");
        Matcher m = p.matcher("mail bob@example.com and alice@test.com now");
        while (m.find()) System.out.println("found " + m.group() + " user=" + m.group(1) + " host=" + m.group(2) + " at " + m.start() + "-" + m.end() + " groups=" + m.groupCount());
        Matcher lk = Pattern.compile("abc").matcher("abcdef");
        System.out.println(lk.lookingAt() + " " + lk.matches());
        System.out.println(Pattern.matches("a+", "aaa") + " " + Pattern.compile("B", Pattern.CASE_INSENSITIVE).matcher("abc").find());
        System.out.println(Pattern.quote("a.b") + " " + "a.b".matches(Pattern.quote("a.b")) + " " + "axb".matches(Pattern.quote("a.b")));
        Matcher multi = Pattern.compile("^\\w+", Pattern.MULTILINE).matcher("one two\nthree four\nfive");
        StringBuilder sb = new StringBuilder();
        while (multi.find()) sb.append(multi.group()).append(',');
        System.out.println(sb);
        System.out.println(Pattern.compile(",").split("a,b,c").length + " " + Pattern.compile("x").pattern());
    }
}
