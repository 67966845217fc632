public class UncaughtNpe {
    static String name(int i) { return i > 2 ? null : "n" + i; }
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println(name(i).toUpperCase());
        }
    }
}
