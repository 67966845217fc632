// -Xcomp: the policy is asked to compile every method at its first call (with the profile made then too).
public class Xcomp {
    static int f(int i) {
        return i + 1;
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 5; i++) s += f(i);
        System.out.println(s);
    }
}
