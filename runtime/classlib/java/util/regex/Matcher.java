/* Ember class library: java.util.regex.Matcher (original implementation). */
package java.util.regex;

public final class Matcher implements MatchResult {
    private Pattern pattern;
    private CharSequence text;

    // state used by the matching nodes (see Pattern.Node)
    int[] groups;
    int[] locals;
    int from, to;          // region
    boolean requireEnd;    // matches(): the match must end at 'to'
    boolean hitEnd;
    int matchEnd;          // end of the match found by the last LastNode
    int lastMatchEnd;      // for \G

    private int first = -1, last = 0;   // bounds of the last match (first < 0: no match)
    private int lastAppendPosition = 0;
    private boolean matched;

    Matcher(Pattern p, CharSequence text) {
        this.pattern = p;
        this.text = text;
        this.groups = new int[p.capturingGroupCount * 2];
        this.locals = new int[Math.max(1, p.localCount)];
        reset();
    }

    public Pattern pattern() {
        return pattern;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        lastMatchEnd = 0;
        matched = false;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        lastAppendPosition = 0;
        from = 0;
        to = text.length();
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) throw new IllegalArgumentException("Pattern cannot be null");
        pattern = newPattern;
        groups = new int[newPattern.capturingGroupCount * 2];
        locals = new int[Math.max(1, newPattern.localCount)];
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        matched = false;
        return this;
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("start");
        if (end < 0 || end > text.length()) throw new IndexOutOfBoundsException("end");
        if (start > end) throw new IndexOutOfBoundsException("start > end");
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    /** Tries to match starting exactly at 'start'. */
    private boolean matchAt(int start, boolean anchorEnd) {
        // Groups are cleared once per search (not per start position): like HotSpot, captures
        // made inside a negative look-ahead that failed the match stay visible.
        requireEnd = anchorEnd;
        if (pattern.root.match(this, start, text)) {
            groups[0] = start;
            groups[1] = matchEnd;
            return true;
        }
        return false;
    }

    private boolean search(int start) {
        hitEnd = false;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        for (int s = start; s <= to; s++) {
            if (matchAt(s, false)) {
                first = groups[0];
                last = groups[1];
                matched = true;
                lastMatchEnd = last;
                return true;
            }
        }
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        matched = false;
        first = -1;
        return false;
    }

    private boolean matchFrom(boolean anchorEnd) {
        hitEnd = false;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        if (matchAt(from, anchorEnd)) {
            first = groups[0];
            last = groups[1];
            matched = true;
            lastMatchEnd = last;
            return true;
        }
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        matched = false;
        first = -1;
        return false;
    }

    public boolean matches() {
        return matchFrom(true);
    }

    public boolean lookingAt() {
        return matchFrom(false);
    }

    public boolean find() {
        int next = last;
        if (next == first) next++;
        if (next < from) next = from;
        if (next > to) {
            for (int i = 0; i < groups.length; i++) groups[i] = -1;
            matched = false;
            return false;
        }
        return search(next);
    }

    public boolean find(int start) {
        int limit = text.length();
        if (start < 0 || start > limit) throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return search(start);
    }

    private void checkMatch() {
        if (!matched) throw new IllegalStateException("No match found");
    }

    public int start() {
        checkMatch();
        return first;
    }

    public int start(int group) {
        checkMatch();
        if (group < 0 || group > groupCount()) throw new IndexOutOfBoundsException("No group " + group);
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[getMatchedGroupIndex(name) * 2];
    }

    public int end() {
        checkMatch();
        return last;
    }

    public int end(int group) {
        checkMatch();
        if (group < 0 || group > groupCount()) throw new IndexOutOfBoundsException("No group " + group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[getMatchedGroupIndex(name) * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        checkMatch();
        if (group < 0 || group > groupCount()) throw new IndexOutOfBoundsException("No group " + group);
        int s = groups[group * 2], e = groups[group * 2 + 1];
        if (s == -1 || e == -1) return null;
        return text.subSequence(s, e).toString();
    }

    public String group(String name) {
        int g = getMatchedGroupIndex(name);
        int s = groups[g * 2], e = groups[g * 2 + 1];
        if (s == -1 || e == -1) return null;
        return text.subSequence(s, e).toString();
    }

    private int getMatchedGroupIndex(String name) {
        if (name == null) throw new NullPointerException("Group name");
        checkMatch();
        Integer g = pattern.namedGroups.get(name);
        if (g == null) throw new IllegalArgumentException("No group with name <" + name + ">");
        return g.intValue();
    }

    public int groupCount() {
        return pattern.capturingGroupCount - 1;
    }

    public MatchResult toMatchResult() {
        final String t = text.toString();
        final int[] g = groups.clone();
        final int gc = groupCount();
        final boolean ok = matched;
        return new MatchResult() {
            private void check() {
                if (!ok) throw new IllegalStateException("No match found");
            }
            public int start() { check(); return g[0]; }
            public int start(int group) { check(); if (group < 0 || group > gc) throw new IndexOutOfBoundsException("No group " + group); return g[2 * group]; }
            public int end() { check(); return g[1]; }
            public int end(int group) { check(); if (group < 0 || group > gc) throw new IndexOutOfBoundsException("No group " + group); return g[2 * group + 1]; }
            public String group() { return group(0); }
            public String group(int group) {
                check();
                if (group < 0 || group > gc) throw new IndexOutOfBoundsException("No group " + group);
                return g[2 * group] < 0 ? null : t.substring(g[2 * group], g[2 * group + 1]);
            }
            public int groupCount() { return gc; }
        };
    }

    // ------------------------------------------------------------------ replacement

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        if (!matched) throw new IllegalStateException("No match available");
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        if (!matched) throw new IllegalStateException("No match available");
        StringBuilder tmp = new StringBuilder();
        appendReplacement(tmp, replacement);
        sb.append(tmp);
        return this;
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, text.length());
        return sb;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, text.length());
        return sb;
    }

    private void appendExpandedReplacement(String r, StringBuilder out) {
        int cursor = 0;
        int n = r.length();
        while (cursor < n) {
            char c = r.charAt(cursor);
            if (c == '\\') {
                cursor++;
                if (cursor == n) throw new IllegalArgumentException("character to be escaped is missing");
                out.append(r.charAt(cursor));
                cursor++;
            } else if (c == '$') {
                cursor++;
                if (cursor == n) throw new IllegalArgumentException("Illegal group reference: group index is missing");
                char nc = r.charAt(cursor);
                int refNum;
                if (nc == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < n) {
                        nc = r.charAt(cursor);
                        if ((nc >= 'a' && nc <= 'z') || (nc >= 'A' && nc <= 'Z') || (nc >= '0' && nc <= '9')) {
                            gsb.append(nc);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0) throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (nc != '}') throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    String gname = gsb.toString();
                    if (gname.charAt(0) >= '0' && gname.charAt(0) <= '9') {
                        throw new IllegalArgumentException("capturing group name {" + gname + "} starts with digit character");
                    }
                    Integer g = pattern.namedGroups.get(gname);
                    if (g == null) throw new IllegalArgumentException("No group with name {" + gname + "}");
                    refNum = g.intValue();
                    cursor++;
                } else {
                    refNum = nc - '0';
                    if (refNum < 0 || refNum > 9) throw new IllegalArgumentException("Illegal group reference");
                    cursor++;
                    while (cursor < n) {
                        int d = r.charAt(cursor) - '0';
                        if (d < 0 || d > 9) break;
                        int nref = refNum * 10 + d;
                        if (groupCount() < nref) break;
                        refNum = nref;
                        cursor++;
                    }
                }
                if (refNum > groupCount()) throw new IndexOutOfBoundsException("No group " + refNum);
                int s = groups[refNum * 2], e = groups[refNum * 2 + 1];
                if (s != -1 && e != -1) out.append(text, s, e);
            } else {
                out.append(c);
                cursor++;
            }
        }
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) throw new NullPointerException("replacement");
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("java.util.regex" + ".Matcher[pattern=").append(pattern.pattern())
                .append(" region=").append(regionStart()).append(',').append(regionEnd())
                .append(" lastmatch=");
        if (matched) sb.append(group());
        sb.append(']');
        return sb.toString();
    }
}
