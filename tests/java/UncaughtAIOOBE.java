public class UncaughtAIOOBE {
    public static void main(String[] args) {
        int[] a = new int[3];
        for (int i = 0; i <= 5; i++) { a[i] = i; System.out.println("set " + i); }
    }
}
