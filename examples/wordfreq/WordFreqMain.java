import java.io.IOException;

/** The demo function as a plain program for HotSpot: the request on stdin, the answer on stdout — what
 * `ember bench --compare-java` runs against the snapshot. */
public class WordFreqMain {
    public static void main(String[] args) throws IOException {
        System.out.print(WordFreq.handle(new String(System.in.readAllBytes(), "UTF-8")));
    }
}
