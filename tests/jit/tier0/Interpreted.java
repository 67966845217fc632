// -Xint (and -XX:TieredStopAtLevel=0, the same for Ember): counters only, no profiles.
public class Interpreted {
    static int f(int i) {
        return i % 2 == 0 ? 1 : 2;
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 3000; i++) s += f(i);
        System.out.println(s);
    }
}
