public class BigFactorial {
    static int[] multiply(int[] num, int len, int m, int[] outLen) {
        long carry = 0;
        for (int i = 0; i < len; i++) { long p = (long) num[i] * m + carry; num[i] = (int) (p % 1_000_000_000); carry = p / 1_000_000_000; }
        while (carry > 0) { num[len++] = (int) (carry % 1_000_000_000); carry /= 1_000_000_000; }
        outLen[0] = len;
        return num;
    }
    static String toStr(int[] num, int len) {
        StringBuilder sb = new StringBuilder(Integer.toString(num[len - 1]));
        for (int i = len - 2; i >= 0; i--) sb.append(String.format("%09d", num[i]));
        return sb.toString();
    }
    public static void main(String[] args) {
        int[] num = new int[1000]; num[0] = 1; int[] len = {1};
        for (int i = 2; i <= 500; i++) {
            multiply(num, len[0], i, len);
            if (i == 25 || i == 50 || i == 100) System.out.println(i + "! = " + toStr(num, len[0]));
        }
        String f500 = toStr(num, len[0]);
        int digitSum = 0; for (char c : f500.toCharArray()) digitSum += c - '0';
        System.out.println("500! has " + f500.length() + " digits, digit sum " + digitSum + ", trailing zeros " + (f500.length() - f500.replaceAll("0+$", "").length()));
        int[] p = new int[200]; p[0] = 1; int[] pl = {1};
        for (int i = 0; i < 300; i++) multiply(p, pl[0], 2, pl);
        System.out.println("2^300 = " + toStr(p, pl[0]));
    }
}
