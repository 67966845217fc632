public class UncaughtNoMessage {
    public static void main(String[] args) {
        System.out.print("partial line without newline");
        throw new UnsupportedOperationException();
    }
}
