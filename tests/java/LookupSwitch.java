public class LookupSwitch {
    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus million";
            case -5: return "minus five";
            case 10: return "ten";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case 1000000: return "million";
            case Integer.MIN_VALUE: return "min";
            case Integer.MAX_VALUE: return "max";
            default: return "none";
        }
    }
    static long lsw(long v) {
        int k = (int) (v % 1000);
        switch (k) {
            case 1: return v * 2;
            case 500: return v / 2;
            case 999: return -v;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        int[] probes = {-1000000, -5, 0, 10, 11, 1000, 65536, 65535, 1000000, Integer.MIN_VALUE, Integer.MAX_VALUE, 7};
        for (int p : probes) System.out.println(p + " -> " + sparse(p));
        System.out.println(lsw(2001) + " " + lsw(1500) + " " + lsw(999) + " " + lsw(3));
        int hits = 0;
        for (int i = -2000000; i <= 2000000; i += 997) if (!sparse(i).equals("none")) hits++;
        System.out.println("hits " + hits);
    }
}
