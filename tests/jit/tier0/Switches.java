// A tableswitch and a lookupswitch: the default and each case counted, keys in the instruction's order; a
// switch inside a loop whose back edge is counted.
public class Switches {
    static int table(int k) {
        switch (k) {
        case 0: return 10;
        case 1: return 11;
        case 2: return 12;
        case 3: return 13;
        default: return -1;
        }
    }

    static int lookup(int k) {
        switch (k) {
        case -100: return 1;
        case 7: return 2;
        case 100000: return 3;
        default: return 0;
        }
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = -2; i < 8; i++) s += table(i);           // -2 -1 4 5 6 7: default 6 times; 0..3 once each
        int[] keys = {7, 7, 7, -100, 100000, 100000, 5, 6};
        for (int k : keys) s += lookup(k);
        System.out.println(s);
    }
}
