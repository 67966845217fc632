/*
 * Ember class library: internal entry points used by java.lang.String and java.io.PrintStream
 * for formatting and regular expressions, so that those classes need not depend on the
 * public java.util.Formatter / java.util.regex API shapes directly.
 */
package jdk.internal.ember;

import java.util.Formatter;
import java.util.regex.Pattern;

public final class Fmt {
    private Fmt() { }

    /** String.format(String, Object...) and PrintStream.printf/format. */
    public static String format(String fmt, Object[] args) {
        return new Formatter().format(fmt, args).toString();
    }

    /** String.matches(regex). */
    public static boolean matches(String regex, CharSequence input) {
        return Pattern.matches(regex, input);
    }

    /** String.split(regex, limit) (also split(regex) with limit 0). */
    public static String[] split(String input, String regex, int limit) {
        return Pattern.compile(regex).split(input, limit);
    }

    /** String.replaceAll(regex, replacement). */
    public static String replaceAll(String input, String regex, String replacement) {
        return Pattern.compile(regex).matcher(input).replaceAll(replacement);
    }

    /** String.replaceFirst(regex, replacement). */
    public static String replaceFirst(String input, String regex, String replacement) {
        return Pattern.compile(regex).matcher(input).replaceFirst(replacement);
    }
}
