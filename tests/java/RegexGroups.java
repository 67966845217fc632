import java.util.regex.*;
public class RegexGroups {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})").matcher("dates: 2023-01-15, 1999-12-31.");
        while (m.find()) System.out.println(m.group("day") + "/" + m.group("month") + "/" + m.group("year") + " start(year)=" + m.start("year") + " end(day)=" + m.end(3));
        Matcher opt = Pattern.compile("(a)(b)?(c)").matcher("ac");
        System.out.println(opt.matches() + " " + opt.group(1) + " " + opt.group(2) + " " + opt.group(3) + " " + opt.start(2));
        Matcher nested = Pattern.compile("((\\d+)-(\\d+))|(\\w+)").matcher("10-20 abc 3-4");
        while (nested.find()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i <= nested.groupCount(); i++) sb.append(i).append('=').append(nested.group(i)).append(' ');
            System.out.println(sb);
        }
        Matcher nc = Pattern.compile("(?:ab)+(c)").matcher("ababc");
        System.out.println(nc.matches() + " " + nc.groupCount() + " " + nc.group(1));
        System.out.println("2023-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3.$2.$1"));
        System.out.println("John Smith".replaceAll("(?<first>\\w+) (?<last>\\w+)", "${last}, ${first}"));
        System.out.println("aaa bbb".replaceAll("(\\w)\\1+", "<$1>"));
        System.out.println("abab".matches("(ab)\\1") + " " + "abba".matches("(a)(b)\\2\\1"));
        Matcher ap = Pattern.compile("\\d").matcher("a1b22c333");
        StringBuffer out = new StringBuffer();
        while (ap.find()) ap.appendReplacement(out, "[" + (Integer.parseInt(ap.group()) * 2) + "]");
        ap.appendTail(out);
        System.out.println(out);
        System.out.println(Matcher.quoteReplacement("$1\\x") + " " + "cost".replaceAll("cost", Matcher.quoteReplacement("$5")));
        Matcher reset = Pattern.compile("o").matcher("foo boo");
        int c = 0; while (reset.find()) c++;
        reset.reset("ooo"); while (reset.find()) c++;
        System.out.println(c);
        Matcher hit = Pattern.compile("x(y)?").matcher("zzx");
        System.out.println(hit.find() + " " + hit.group(1) + " " + hit.start() + " " + hit.hitEnd());
        try { Pattern.compile("(unclosed"); } catch (PatternSyntaxException e) { System.out.println("PSE " + e.getDescription() + " idx=" + e.getIndex()); }
        try { Matcher nm = Pattern.compile("a").matcher("b"); nm.group(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
    }
}
