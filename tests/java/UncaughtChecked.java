public class UncaughtChecked {
    public static void main(String[] args) throws Exception {
        System.out.println("about to throw checked");
        throw new java.io.IOException("disk on fire");
    }
}
