import java.util.BitSet;
import java.util.StringTokenizer;

// Loaded only after restore (see Router); uses class-library classes the warm-up does not load either.
public class RareFormatter {
    private static final String PREFIX = "rare#" + Integer.toString(7 * 6);

    static String format(String s) {
        StringTokenizer st = new StringTokenizer(s, " ,");
        BitSet letters = new BitSet();
        StringBuilder sb = new StringBuilder(PREFIX);
        while (st.hasMoreTokens()) {
            String tok = st.nextToken();
            sb.append('<').append(tok).append('>');
            for (char c : tok.toCharArray())
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
                    letters.set(Character.toLowerCase(c) - 'a');
        }
        return sb.append(" letters=").append(letters).toString();
    }
}
