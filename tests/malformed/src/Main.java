// Driver of every malformed case: loading, linking or initialising Bad raises the error under test.
public class Main {
    public static void main(String[] args) {
        Bad.run();
    }
}
